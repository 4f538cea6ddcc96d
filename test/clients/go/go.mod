module keyway.dev/client-tests

go 1.23

require keyway.dev/client v0.0.0

replace keyway.dev/client => ../../../generated/clients/go
