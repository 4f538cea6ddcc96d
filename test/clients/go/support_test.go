// Shared setup for the Go client's tests. They run against a live reference server whose URL
// is in KEYWAY_TEST_SERVER_URL (test/clients/go-client.test.ts starts one); nothing is mocked.
package clienttests

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	keyway "keyway.dev/client"
)

func serverURL(t *testing.T) string {
	t.Helper()
	url := os.Getenv("KEYWAY_TEST_SERVER_URL")
	if url == "" {
		t.Fatal("KEYWAY_TEST_SERVER_URL is not set: run these tests through test/clients/go-client.test.ts, which starts a server")
	}
	return url
}

func testContext(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func unique() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func newClient(t *testing.T, url string, options ...keyway.Option) *keyway.Client {
	t.Helper()
	client, err := keyway.New(url, options...)
	if err != nil {
		t.Fatal(err)
	}
	return client
}

const testPassword = "correct horse battery staple"

// owner signs a new person up with a new org and returns their session and a client using it.
func owner(t *testing.T) (*keyway.Session, *keyway.Client) {
	t.Helper()
	ctx := testContext(t)
	anonymous := newClient(t, serverURL(t))
	session, err := anonymous.Signup(ctx, &keyway.SignupRequest{
		Email:    "go-" + unique() + "@example.com",
		Password: testPassword,
		Name:     "Go Client",
		OrgName:  "Go org " + unique(),
	}, nil)
	if err != nil {
		t.Fatalf("signup: %v", err)
	}
	return session, newClient(t, serverURL(t), keyway.WithToken(session.AccessToken))
}

// apiKey creates an API key with scopes for the owner client and returns its secret.
func apiKey(t *testing.T, client *keyway.Client, scopes ...string) *keyway.APIKeyWithSecret {
	t.Helper()
	key, err := client.CreateAPIKey(testContext(t), &keyway.APIKeyCreateRequest{Name: "go " + unique(), Scopes: scopes}, nil)
	if err != nil {
		t.Fatalf("create API key: %v", err)
	}
	return key
}

// sameWords reports whether two space-separated lists hold the same words in any order.
func sameWords(a, b string) bool {
	count := map[string]int{}
	for _, w := range strings.Fields(a) {
		count[w]++
	}
	for _, w := range strings.Fields(b) {
		count[w]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}
