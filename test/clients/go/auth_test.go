// The auth lifecycle against the live server: exchange and refresh before expiry, one exchange
// for 20 concurrent goroutines, one replay after a 401 or a revoked token's 403, device login
// approved through the API.
package clienttests

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	keyway "keyway.dev/client"
)

func exchangeProvider(t *testing.T, client *keyway.Client) *keyway.ExchangeTokenProvider {
	t.Helper()
	provider, ok := client.TokenProvider().(*keyway.ExchangeTokenProvider)
	if !ok {
		t.Fatalf("TokenProvider() is %T, want *keyway.ExchangeTokenProvider", client.TokenProvider())
	}
	return provider
}

func TestExchangeRefreshesBeforeExpiry(t *testing.T) {
	ctx := testContext(t)
	_, ownerClient := owner(t)
	key := apiKey(t, ownerClient, "keys:read", "tokens:read")
	// A 60-second token replaced 54 seconds before it expires (the provider keeps a token for
	// at least a tenth of its lifetime): it is due for refresh after 6 seconds.
	client := newClient(t, serverURL(t), keyway.WithAPIKeyExchange(key.Secret, keyway.ExchangeOptions{
		TTL:           60 * time.Second,
		RefreshBefore: 58 * time.Second,
	}))
	provider := exchangeProvider(t, client)

	first, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first.Credential.Kind != "access_token" {
		t.Fatalf("credential kind %q, want access_token (an exchanged token)", first.Credential.Kind)
	}
	if _, err := client.GetWhoami(ctx); err != nil {
		t.Fatal(err)
	}
	if got := provider.Exchanges(); got != 1 {
		t.Fatalf("%d exchanges for two calls with a fresh token, want 1", got)
	}
	if first.ExpiresAt == nil {
		t.Fatal("an access token's whoami has no expires_at")
	}
	firstExpiry := *first.ExpiresAt

	time.Sleep(6500 * time.Millisecond)
	second, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := provider.Exchanges(); got != 2 {
		t.Fatalf("%d exchanges after the refresh point, want 2", got)
	}
	if second.Credential.ID == first.Credential.ID {
		t.Fatal("the token was not replaced")
	}
	if !time.Now().Before(firstExpiry) {
		t.Fatalf("the old token had already expired (%s): the refresh came too late", firstExpiry)
	}
}

func TestConcurrentCallsShareOneExchange(t *testing.T) {
	ctx := testContext(t)
	_, ownerClient := owner(t)
	key := apiKey(t, ownerClient, "keys:read")
	client := newClient(t, serverURL(t), keyway.WithAPIKeyExchange(key.Secret, keyway.ExchangeOptions{}))

	const goroutines = 20
	var wg sync.WaitGroup
	ids := make([]string, goroutines)
	errs := make([]error, goroutines)
	start := make(chan struct{})
	for i := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			whoami, err := client.GetWhoami(ctx)
			errs[i] = err
			if err == nil {
				ids[i] = whoami.Credential.ID
			}
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("goroutine %d: %v", i, err)
		}
	}
	if got := exchangeProvider(t, client).Exchanges(); got != 1 {
		t.Fatalf("%d goroutines caused %d exchanges, want 1", goroutines, got)
	}
	for i, id := range ids {
		if id != ids[0] {
			t.Fatalf("goroutine %d used token %s, goroutine 0 used %s", i, id, ids[0])
		}
	}
}

func TestRevokedTokenIsReplacedByOneMoreExchange(t *testing.T) {
	ctx := testContext(t)
	_, ownerClient := owner(t)
	key := apiKey(t, ownerClient, "keys:read")
	client := newClient(t, serverURL(t), keyway.WithAPIKeyExchange(key.Secret, keyway.ExchangeOptions{}))
	provider := exchangeProvider(t, client)

	first, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first.Credential.Kind != "access_token" {
		t.Fatalf("credential kind %q, want access_token (an exchanged token)", first.Credential.Kind)
	}
	if got := provider.Exchanges(); got != 1 {
		t.Fatalf("%d exchanges for the first call, want 1", got)
	}
	// The server now answers the known but revoked token with 403 and a Bearer
	// error="invalid_token" challenge, which the client treats as a refused token.
	if err := ownerClient.RevokeAccessToken(ctx, first.Credential.ID); err != nil {
		t.Fatalf("revoke: %v", err)
	}

	second, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatalf("after the revocation: %v", err)
	}
	if got := provider.Exchanges(); got != 2 {
		t.Fatalf("%d exchanges after the revocation, want 2", got)
	}
	if second.Credential.ID == first.Credential.ID {
		t.Fatal("answered for the revoked token")
	}

	// A 403 that is not about the token (a scope the key lacks) is not replayed.
	_, err = client.ListAccessTokens(ctx, nil)
	var apiErr *keyway.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 403 || apiErr.Code != "insufficient_scope" {
		t.Fatalf("listing tokens without tokens:read: %v, want a 403 APIError", err)
	}
	if got := provider.Exchanges(); got != 2 {
		t.Fatalf("%d exchanges after a scope refusal, want still 2", got)
	}
}

// staleFirst hands out a token the server does not know, then the real one once invalidated.
type staleFirst struct {
	secret      string
	invalidated atomic.Int32
	calls       atomic.Int32
}

func (s *staleFirst) Token(context.Context) (string, error) {
	s.calls.Add(1)
	if s.invalidated.Load() == 0 {
		return "kwk_000000000000000000000000000000000000000000", nil
	}
	return s.secret, nil
}

func (s *staleFirst) Invalidate(string) { s.invalidated.Add(1) }

func TestUnauthorizedIsReplayedOnceWithAFreshToken(t *testing.T) {
	ctx := testContext(t)
	_, ownerClient := owner(t)
	key := apiKey(t, ownerClient, "keys:read")
	provider := &staleFirst{secret: key.Secret}
	client := newClient(t, serverURL(t), keyway.WithTokenProvider(provider))

	whoami, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatalf("after the replay: %v", err)
	}
	if whoami.Credential.ID != key.ID {
		t.Fatalf("answered for %s, want the key %s", whoami.Credential.ID, key.ID)
	}
	if provider.invalidated.Load() != 1 || provider.calls.Load() != 2 {
		t.Fatalf("invalidated %d times, asked %d times; want 1 and 2", provider.invalidated.Load(), provider.calls.Load())
	}

	// A provider that cannot invalidate gets the 401 back, typed.
	plain := newClient(t, serverURL(t), keyway.WithTokenProvider(keyway.TokenProviderFunc(
		func(context.Context) (string, error) { return "kwk_000000000000000000000000000000000000000000", nil })))
	_, err = plain.GetWhoami(ctx)
	var apiErr *keyway.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 401 {
		t.Fatalf("got %v, want a 401 *APIError", err)
	}
}

func TestDeviceLoginApprovedThroughTheAPI(t *testing.T) {
	ctx := testContext(t)
	session, ownerClient := owner(t)
	anonymous := newClient(t, serverURL(t))
	var prompted keyway.DevicePrompt
	token, err := anonymous.DeviceLogin(ctx, keyway.DeviceLoginOptions{
		ClientID: "keyway-cli",
		Scopes:   []string{"keys:read", "org:read"},
		Prompt: func(ctx context.Context, prompt keyway.DevicePrompt) error {
			prompted = prompt
			// The person approves from another device, through the API.
			result, err := ownerClient.VerifyDeviceCode(ctx, &keyway.DeviceVerifyRequest{UserCode: prompt.UserCode, Action: "approve"})
			if err == nil && result.Status != "approved" {
				return errors.New("not approved: " + result.Status)
			}
			return err
		},
	})
	if err != nil {
		t.Fatalf("device login: %v", err)
	}
	if prompted.VerificationURIComplete == "" || prompted.UserCode == "" {
		t.Fatalf("incomplete prompt %+v", prompted)
	}
	if token.AccessToken == "" || token.RefreshToken == "" || !sameWords(token.Scope, "keys:read org:read") {
		t.Fatalf("unexpected token response %+v", token)
	}
	device := newClient(t, serverURL(t), keyway.WithToken(token.AccessToken))
	whoami, err := device.GetWhoami(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if whoami.Principal.ID != session.User.ID {
		t.Fatalf("device signed in as %s, want %s", whoami.Principal.ID, session.User.ID)
	}
}

func TestDeviceLoginRefusedClientIsATypedOAuthError(t *testing.T) {
	_, err := newClient(t, serverURL(t)).DeviceLogin(testContext(t), keyway.DeviceLoginOptions{ClientID: "not-allowed-cli"})
	var apiErr *keyway.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 401 || apiErr.Code != "invalid_client" {
		t.Fatalf("got %v, want 401 invalid_client", err)
	}
}
