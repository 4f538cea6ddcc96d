// A device login kept in a LoginStore, against the live server: stored by DeviceLogin and used
// by a later client without a new login; refreshed with the rotating refresh token when the
// stored access token has expired (once for 20 concurrent calls); a refused refresh token is a
// *LoginRequiredError.
package clienttests

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	keyway "keyway.dev/client"
)

// storedDeviceLogin runs a device login for the owner, approved through the API, kept in store.
func storedDeviceLogin(t *testing.T, ownerClient *keyway.Client, store keyway.LoginStore) *keyway.DeviceToken {
	t.Helper()
	token, err := newClient(t, serverURL(t)).DeviceLogin(testContext(t), keyway.DeviceLoginOptions{
		ClientID: "keyway-cli",
		Scopes:   []string{"keys:read", "org:read"},
		Store:    store,
		Prompt: func(ctx context.Context, prompt keyway.DevicePrompt) error {
			_, err := ownerClient.VerifyDeviceCode(ctx, &keyway.DeviceVerifyRequest{UserCode: prompt.UserCode, Action: "approve"})
			return err
		},
	})
	if err != nil {
		t.Fatalf("device login: %v", err)
	}
	return token
}

func loadLogin(t *testing.T, store keyway.LoginStore) *keyway.StoredLogin {
	t.Helper()
	login, err := store.Load(testContext(t))
	if err != nil || login == nil {
		t.Fatalf("load: %v, %v", login, err)
	}
	return login
}

// expire rewrites the stored login as if its access token had expired a minute ago.
func expire(t *testing.T, store keyway.LoginStore) *keyway.StoredLogin {
	t.Helper()
	login := loadLogin(t, store)
	login.ExpiresAt = time.Now().Add(-time.Minute)
	if err := store.Save(testContext(t), login); err != nil {
		t.Fatal(err)
	}
	return login
}

func loginProvider(t *testing.T, client *keyway.Client) *keyway.LoginTokenProvider {
	t.Helper()
	provider, ok := client.TokenProvider().(*keyway.LoginTokenProvider)
	if !ok {
		t.Fatalf("TokenProvider() is %T, want *keyway.LoginTokenProvider", client.TokenProvider())
	}
	return provider
}

func TestDeviceLoginIsStoredAndLoadedByANewClient(t *testing.T) {
	ctx := testContext(t)
	session, ownerClient := owner(t)
	dir := filepath.Join(t.TempDir(), "keyway")
	store := keyway.FileLoginStore{Path: filepath.Join(dir, "login.json")}
	token := storedDeviceLogin(t, ownerClient, store)

	info, err := os.Stat(store.Path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o600 {
		t.Fatalf("login file mode %o, want 600", mode)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("%d files beside the login, want only login.json (no temporary file left)", len(entries))
	}
	stored := loadLogin(t, store)
	if stored.AccessToken != token.AccessToken || stored.RefreshToken != token.RefreshToken || stored.ClientID != "keyway-cli" {
		t.Fatalf("stored %+v for the token %+v", stored, token)
	}
	if until := time.Until(stored.ExpiresAt); until <= 0 || until > time.Duration(token.ExpiresIn+1)*time.Second {
		t.Fatalf("stored expiry %s is not expires_in (%d s) from now", stored.ExpiresAt, token.ExpiresIn)
	}

	// The next run: a new client with only the store signs in as the same person, no login.
	client := newClient(t, serverURL(t), keyway.WithLoginStore(store))
	whoami, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if whoami.Principal.ID != session.User.ID {
		t.Fatalf("signed in as %s, want %s", whoami.Principal.ID, session.User.ID)
	}
	if got := loginProvider(t, client).Refreshes(); got != 0 {
		t.Fatalf("%d refreshes with a fresh stored token, want 0", got)
	}
	if after := loadLogin(t, store); *after != *stored {
		t.Fatalf("the store changed without a refresh: %+v", after)
	}
}

func TestExpiredStoredLoginIsRefreshedAndTheRotatedTokenStored(t *testing.T) {
	ctx := testContext(t)
	session, ownerClient := owner(t)
	store := keyway.FileLoginStore{Path: filepath.Join(t.TempDir(), "login.json")}
	storedDeviceLogin(t, ownerClient, store)
	before := expire(t, store)

	client := newClient(t, serverURL(t), keyway.WithLoginStore(store))
	const goroutines = 20
	var wg sync.WaitGroup
	errs := make([]error, goroutines)
	for i := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			whoami, err := client.GetWhoami(ctx)
			if err == nil && whoami.Principal.ID != session.User.ID {
				err = errors.New("signed in as " + whoami.Principal.ID)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("goroutine %d: %v", i, err)
		}
	}
	// One refresh for all: a second use of the refresh token would end the session.
	if got := loginProvider(t, client).Refreshes(); got != 1 {
		t.Fatalf("%d goroutines caused %d refreshes, want 1", goroutines, got)
	}
	after := loadLogin(t, store)
	if after.RefreshToken == "" || after.RefreshToken == before.RefreshToken {
		t.Fatal("the rotated refresh token was not stored")
	}
	if after.AccessToken == before.AccessToken || !after.ExpiresAt.After(time.Now()) {
		t.Fatalf("the stored access token was not replaced: %+v", after)
	}

	// A later run uses the refreshed login as it is.
	next := newClient(t, serverURL(t), keyway.WithLoginStore(store))
	if _, err := next.GetWhoami(ctx); err != nil {
		t.Fatal(err)
	}
	if got := loginProvider(t, next).Refreshes(); got != 0 {
		t.Fatalf("%d refreshes after loading the refreshed login, want 0", got)
	}
}

func TestRefusedRefreshTokenRequiresANewLogin(t *testing.T) {
	ctx := testContext(t)
	session, ownerClient := owner(t)
	dir := t.TempDir()
	store := keyway.FileLoginStore{Path: filepath.Join(dir, "login.json")}
	storedDeviceLogin(t, ownerClient, store)
	spent := expire(t, store)
	if _, err := newClient(t, serverURL(t), keyway.WithLoginStore(store)).GetWhoami(ctx); err != nil {
		t.Fatalf("first refresh: %v", err)
	}

	// A copy of the login from before the rotation: its refresh token is already used.
	stale := keyway.FileLoginStore{Path: filepath.Join(dir, "stale.json")}
	if err := stale.Save(ctx, spent); err != nil {
		t.Fatal(err)
	}
	client := newClient(t, serverURL(t), keyway.WithLoginStore(stale))
	_, err := client.GetWhoami(ctx)
	var loginErr *keyway.LoginRequiredError
	if !errors.As(err, &loginErr) {
		t.Fatalf("got %v, want a *keyway.LoginRequiredError", err)
	}
	var apiErr *keyway.APIError
	if !errors.As(err, &apiErr) || apiErr.Code != "invalid_grant" {
		t.Fatalf("got %v, want it to wrap the server's invalid_grant", err)
	}

	// The remedy the error names: a new device login into the same store, which the same client
	// picks up at its next request.
	storedDeviceLogin(t, ownerClient, stale)
	whoami, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatalf("after a new login: %v", err)
	}
	if whoami.Principal.ID != session.User.ID {
		t.Fatalf("signed in as %s, want %s", whoami.Principal.ID, session.User.ID)
	}

	// An empty store is the same error, before any request reaches the server.
	_, err = newClient(t, serverURL(t), keyway.WithLoginStore(keyway.FileLoginStore{Path: filepath.Join(dir, "none.json")})).GetWhoami(ctx)
	if !errors.As(err, &loginErr) || loginErr.Err != nil {
		t.Fatalf("got %v, want a *keyway.LoginRequiredError with no server error", err)
	}
}
