// Retries, typed errors and pagination against the live server.
package clienttests

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	keyway "keyway.dev/client"
)

// faultProxy forwards to the live server, except that it answers the first requests matching
// a rule itself, or forwards one and then drops the connection before the answer. The
// server's own 429s come from per-minute windows, so waiting one out would make a test take
// up to a minute; the proxy sends a 429 with `Retry-After: 1` instead. What follows the fault
// is the real server's answer.
type faultProxy struct {
	*httptest.Server
	mu       sync.Mutex
	rules    []*faultRule
	requests []*http.Request
}

type faultRule struct {
	method, path string
	// times is how many matching requests get the fault.
	times int
	// status answers with this status (and Retry-After when retryAfter is set); 0 forwards
	// the request and then drops the connection.
	status     int
	retryAfter string
}

func newFaultProxy(t *testing.T, rules ...*faultRule) *faultProxy {
	t.Helper()
	upstream, err := url.Parse(serverURL(t))
	if err != nil {
		t.Fatal(err)
	}
	forward := httputil.NewSingleHostReverseProxy(upstream)
	p := &faultProxy{rules: rules}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.requests = append(p.requests, r.Clone(r.Context()))
		var rule *faultRule
		for _, candidate := range p.rules {
			if candidate.method == r.Method && candidate.path == r.URL.Path && candidate.times > 0 {
				candidate.times--
				rule = candidate
				break
			}
		}
		p.mu.Unlock()
		switch {
		case rule == nil:
			forward.ServeHTTP(w, r)
		case rule.status != 0:
			if rule.retryAfter != "" {
				w.Header().Set("Retry-After", rule.retryAfter)
			}
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(rule.status)
			fmt.Fprintf(w, `{"type":"about:blank","title":"injected","status":%d,"code":"rate_limited","request_id":"proxy"}`, rule.status)
		default:
			// The server does the work; the answer is lost on the way back.
			forward.ServeHTTP(httptest.NewRecorder(), r)
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		}
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *faultProxy) seen(method, path string) []*http.Request {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []*http.Request
	for _, r := range p.requests {
		if r.Method == method && r.URL.Path == path {
			out = append(out, r)
		}
	}
	return out
}

func TestRetriesTooManyRequestsAfterRetryAfter(t *testing.T) {
	ctx := testContext(t)
	_, ownerClient := owner(t)
	key := apiKey(t, ownerClient, "keys:read")
	proxy := newFaultProxy(t, &faultRule{method: "GET", path: "/v1/whoami", times: 2, status: 429, retryAfter: "1"})
	client := newClient(t, proxy.URL, keyway.WithAPIKey(key.Secret))

	started := time.Now()
	whoami, err := client.GetWhoami(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if whoami.Credential.ID != key.ID {
		t.Fatalf("answered for %s", whoami.Credential.ID)
	}
	if got := len(proxy.seen("GET", "/v1/whoami")); got != 3 {
		t.Fatalf("%d requests, want 3 (two 429s, then the server)", got)
	}
	if elapsed := time.Since(started); elapsed < 2*time.Second {
		t.Fatalf("done in %s: Retry-After: 1 was not waited twice", elapsed)
	}
}

func TestRetriesUnavailableWithBackoffAndGivesUp(t *testing.T) {
	ctx := testContext(t)
	_, ownerClient := owner(t)
	key := apiKey(t, ownerClient, "keys:read")
	proxy := newFaultProxy(t, &faultRule{method: "GET", path: "/v1/whoami", times: 10, status: 503})
	policy := keyway.RetryPolicy{MaxRetries: 2, BaseDelay: 50 * time.Millisecond, MaxDelay: time.Second, MaxRetryAfter: time.Second}
	client := newClient(t, proxy.URL, keyway.WithAPIKey(key.Secret), keyway.WithRetryPolicy(policy))

	_, err := client.GetWhoami(ctx)
	var apiErr *keyway.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 503 {
		t.Fatalf("got %v, want the last 503", err)
	}
	if got := len(proxy.seen("GET", "/v1/whoami")); got != 3 {
		t.Fatalf("%d requests, want 3 (one try and MaxRetries retries)", got)
	}
}

func TestCreateIsRetriedWithTheSameIdempotencyKey(t *testing.T) {
	ctx := testContext(t)
	_, ownerClient := owner(t)
	key := apiKey(t, ownerClient, "agents:read", "agents:write")
	proxy := newFaultProxy(t, &faultRule{method: "POST", path: "/v1/agents", times: 1})
	client := newClient(t, proxy.URL, keyway.WithAPIKey(key.Secret))

	name := "retried-" + unique()
	agent, err := client.CreateAgent(ctx, &keyway.AgentCreateRequest{Name: name}, nil)
	if err != nil {
		t.Fatalf("create after a lost answer: %v", err)
	}
	attempts := proxy.seen("POST", "/v1/agents")
	if len(attempts) != 2 {
		t.Fatalf("%d attempts, want 2", len(attempts))
	}
	first, second := attempts[0].Header.Get("Idempotency-Key"), attempts[1].Header.Get("Idempotency-Key")
	if first == "" || first != second {
		t.Fatalf("Idempotency-Key %q then %q: want the same client-set key", first, second)
	}
	var named []string
	for item, err := range ownerClient.ListAgentsAll(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if item.Name == name {
			named = append(named, item.ID)
		}
	}
	if len(named) != 1 || named[0] != agent.ID {
		t.Fatalf("agents named %s: %v, want only %s (the replayed create)", name, named, agent.ID)
	}
}

func TestUnsafeRequestsAreNotRetried(t *testing.T) {
	ctx := testContext(t)
	session, ownerClient := owner(t)
	agent, err := ownerClient.CreateAgent(ctx, &keyway.AgentCreateRequest{Name: "patched-" + unique()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := "/v1/agents/" + agent.ID
	proxy := newFaultProxy(t, &faultRule{method: "PATCH", path: path, times: 1, status: 503})
	client := newClient(t, proxy.URL, keyway.WithToken(session.AccessToken))
	_, err = client.UpdateAgent(ctx, agent.ID, &keyway.AgentUpdateRequest{Name: keyway.Ptr("renamed-" + unique())})
	var apiErr *keyway.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 503 {
		t.Fatalf("got %v, want the 503 without a retry", err)
	}
	if got := len(proxy.seen("PATCH", path)); got != 1 {
		t.Fatalf("a PATCH was sent %d times, want 1", got)
	}
}

func TestServerRateLimitIsATypedErrorWithRetryAfter(t *testing.T) {
	ctx := testContext(t)
	session, _ := owner(t)
	anonymous := newClient(t, serverURL(t))
	var limited *keyway.APIError
	// KEYWAY_LOGIN_RATE_LIMIT (10) failed logins per account; past it the server answers 429.
	for attempt := 0; attempt < 15 && limited == nil; attempt++ {
		_, err := anonymous.Login(ctx, &keyway.LoginRequest{Email: session.User.Email, Password: "wrong password " + unique()})
		var apiErr *keyway.APIError
		if !errors.As(err, &apiErr) {
			t.Fatalf("login attempt %d: %v", attempt, err)
		}
		if apiErr.Status == 429 {
			limited = apiErr
		}
	}
	if limited == nil {
		t.Fatal("no 429 after 15 failed logins")
	}
	if limited.Code != string(keyway.ErrorCodeRateLimited) || limited.RetryAfter <= 0 || limited.RequestID == "" {
		t.Fatalf("429 without its fields: %+v", limited)
	}
}

func TestErrorsCarryTheProblemFields(t *testing.T) {
	ctx := testContext(t)
	_, client := owner(t)
	_, err := client.GetAgent(ctx, "agt_doesnotexist")
	var apiErr *keyway.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("got %T %v, want *keyway.APIError", err, err)
	}
	if apiErr.Status != 404 || apiErr.Code != string(keyway.ErrorCodeNotFound) {
		t.Fatalf("got %d %s, want 404 not_found", apiErr.Status, apiErr.Code)
	}
	if apiErr.RequestID == "" || apiErr.RequestID != apiErr.Header.Get("X-Request-Id") {
		t.Fatalf("request id %q, header %q", apiErr.RequestID, apiErr.Header.Get("X-Request-Id"))
	}
	if apiErr.Title == "" || !strings.Contains(apiErr.Error(), "not_found") {
		t.Fatalf("message %q, title %q", apiErr.Error(), apiErr.Title)
	}

	_, err = client.CreateAPIKey(ctx, &keyway.APIKeyCreateRequest{Name: "bad", Scopes: []string{"not-a:scope"}}, nil)
	if !errors.As(err, &apiErr) || apiErr.Status != 400 || apiErr.Code != string(keyway.ErrorCodeInvalidRequest) {
		t.Fatalf("got %v, want 400 invalid_request", err)
	}
}

func TestPagesOverEveryItem(t *testing.T) {
	ctx := testContext(t)
	_, client := owner(t)
	const total = 120
	created := make([]string, total)
	var wg sync.WaitGroup
	errs := make(chan error, total)
	sem := make(chan struct{}, 8)
	for i := range total {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			agent, err := client.CreateAgent(ctx, &keyway.AgentCreateRequest{Name: fmt.Sprintf("page-agent-%03d", i)}, nil)
			if err != nil {
				errs <- err
				return
			}
			created[i] = agent.ID
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	var sizes []int
	seen := map[string]bool{}
	for page, err := range client.ListAgentsPages(ctx, &keyway.ListAgentsParams{Limit: keyway.Ptr[int64](50)}) {
		if err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, len(page.Data))
		for _, agent := range page.Data {
			seen[agent.ID] = true
		}
	}
	if fmt.Sprint(sizes) != "[50 50 20]" {
		t.Fatalf("page sizes %v, want [50 50 20]", sizes)
	}
	var all []string
	for agent, err := range client.ListAgentsAll(ctx, &keyway.ListAgentsParams{Limit: keyway.Ptr[int64](50)}) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, agent.ID)
	}
	sort.Strings(all)
	sort.Strings(created)
	if len(seen) != total || strings.Join(all, ",") != strings.Join(created, ",") {
		t.Fatalf("%d distinct ids over the pages and %d items, want the %d created", len(seen), len(all), total)
	}
}
