package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testServer(t *testing.T, c *serveConfig) *httptest.Server {
	t.Helper()
	if c == nil {
		c = &serveConfig{}
	}
	if c.maxMB == 0 {
		c.maxMB = 16
	}
	if c.maxDocs == 0 {
		c.maxDocs = 8
	}
	if c.timeout == 0 {
		c.timeout = 30 * time.Second
	}
	srv := httptest.NewServer(newServer(c))
	t.Cleanup(srv.Close)
	return srv
}

// quakeDocs reads the test story's three reports (the working directory
// is testdata/cli) as a request body.
func quakeDocs(t *testing.T) []byte {
	t.Helper()
	var req struct {
		Docs []map[string]string `json:"docs"`
	}
	for _, name := range articles {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		req.Docs = append(req.Docs, map[string]string{"name": name, "text": string(b)})
	}
	body, err := json.Marshal(req)
	require.NoError(t, err)
	return body
}

func post(t *testing.T, url, contentType string, body []byte) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Post(url, contentType, bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, resp.Header, string(b)
}

func TestAPIAnswersAsTheCommandLine(t *testing.T) {
	inTestdata(t)
	srv := testServer(t, nil)
	body := quakeDocs(t)
	for _, tt := range []struct {
		endpoint string
		args     []string
	}{
		{"/v1/compare", append([]string{"compare", "--format", "json"}, articles...)},
		{"/v1/check", append([]string{"check", "--format", "json"}, articles...)},
		{"/v1/extract", append([]string{"extract", "--format", "json"}, articles...)},
		{"/v1/compare?options", append([]string{"compare", "--format", "json", "--only-conflicts", "--kind", "count,money",
			"--threshold", "0.5", "--tolerance", "0.2"}, articles...)},
		{"/v1/extract?options", append([]string{"extract", "--format", "json", "--no-dates", "--min-confidence", "0.9"}, articles...)},
	} {
		t.Run(tt.endpoint, func(t *testing.T) {
			want, errOut, _ := cli(t, "", tt.args...)
			require.Empty(t, errOut)
			endpoint, withOptions := strings.CutSuffix(tt.endpoint, "?options")
			req := body
			if withOptions {
				req = withRequestOptions(t, body, tt.args)
			}
			status, h, got := post(t, srv.URL+endpoint, "application/json", req)
			require.Equal(t, http.StatusOK, status, got)
			assert.Equal(t, "application/json; charset=utf-8", h.Get("Content-Type"))
			assert.Equal(t, want, got, "the JSON of %s is the JSON of figcheck %s", tt.endpoint, strings.Join(tt.args, " "))
		})
	}
}

// withRequestOptions adds to a request body the "options" that stand for
// the command-line flags in args.
func withRequestOptions(t *testing.T, body []byte, args []string) []byte {
	t.Helper()
	var req map[string]any
	require.NoError(t, json.Unmarshal(body, &req))
	opts := map[string]any{}
	for i := 0; i < len(args); i++ {
		num := func() float64 {
			i++
			v, err := strconv.ParseFloat(args[i], 64)
			require.NoError(t, err)
			return v
		}
		switch args[i] {
		case "--only-conflicts":
			opts["only_conflicts"] = true
		case "--no-dates":
			opts["no_dates"] = true
		case "--kind":
			i++
			opts["kinds"] = strings.Split(args[i], ",")
		case "--threshold":
			opts["threshold"] = num()
		case "--tolerance":
			opts["tolerance"] = num()
		case "--min-confidence":
			opts["min_confidence"] = num()
		}
	}
	req["options"] = opts
	b, err := json.Marshal(req)
	require.NoError(t, err)
	return b
}

func TestAPIConflictsOfTheStory(t *testing.T) {
	inTestdata(t)
	srv := testServer(t, nil)
	status, _, got := post(t, srv.URL+"/v1/compare", "application/json", quakeDocs(t))
	require.Equal(t, http.StatusOK, status)
	var res struct {
		Docs   []string `json:"docs"`
		Groups []struct {
			Key, Status string
		} `json:"groups"`
	}
	require.NoError(t, json.Unmarshal([]byte(got), &res))
	assert.Equal(t, articles, res.Docs)
	var conflicts []string
	for _, g := range res.Groups {
		if g.Status == "conflict" {
			conflicts = append(conflicts, g.Key)
		}
	}
	assert.Contains(t, conflicts, "count · people killed")
}

func TestAPIRefusesBadRequests(t *testing.T) {
	doc := func(name, text string) map[string]any { return map[string]any{"name": name, "text": text} }
	docs := func(ds ...map[string]any) []byte {
		b, err := json.Marshal(map[string]any{"docs": ds})
		require.NoError(t, err)
		return b
	}
	var nine []map[string]any
	for i := range 9 {
		nine = append(nine, doc(string(rune('a'+i))+".txt", "25 people died."))
	}
	big := docs(doc("a.txt", strings.Repeat("25 people died. ", 80_000)), doc("b.txt", "31 died"))
	tests := []struct {
		name, method, path, contentType string
		body                            []byte
		status                          int
		msg                             string
	}{
		{"oversized", "POST", "/v1/compare", "application/json", big, 413, "larger than the 1 MB limit"},
		{"malformed JSON", "POST", "/v1/compare", "application/json", []byte(`{"docs": [{"name": "a", "text": "x"`), 400, "malformed JSON"},
		{"not an object", "POST", "/v1/extract", "application/json", []byte(`["a"]`), 400, "malformed JSON"},
		{"unknown field", "POST", "/v1/extract", "application/json", []byte(`{"documents": []}`), 400, `unknown field "documents"`},
		{"trailing data", "POST", "/v1/extract", "application/json", append(docs(doc("a", "5 dead")), []byte(` {}`)...), 400, "more data after the JSON object"},
		{"empty body", "POST", "/v1/compare", "application/json", nil, 400, "empty request"},
		{"wrong method", "GET", "/v1/compare", "", nil, 405, "GET is not allowed here"},
		{"wrong method on healthz", "POST", "/healthz", "", nil, 405, "POST is not allowed here"},
		{"no such endpoint", "POST", "/v1/summarise", "application/json", docs(doc("a", "x")), 404, "no such endpoint"},
		{"empty docs", "POST", "/v1/compare", "application/json", []byte(`{"docs": []}`), 400, "no documents"},
		{"no docs field", "POST", "/v1/extract", "application/json", []byte(`{}`), 400, "no documents"},
		{"one doc to compare", "POST", "/v1/compare", "application/json", docs(doc("a.txt", "25 dead")), 400, "compare needs at least 2 documents (got 1)"},
		{"one doc to check", "POST", "/v1/check", "application/json", docs(doc("a.txt", "25 dead")), 400, "check needs at least 2 documents (got 1)"},
		{"too many docs", "POST", "/v1/compare", "application/json", docs(nine...), 400, "too many documents: 9 (the limit is 8)"},
		{"a doc that is binary", "POST", "/v1/compare", "application/json", docs(doc("a.txt", "25 dead"), doc("b.bin", "PK\x03\x04\x00\x00\x00binary")), 422, "docs[1] (b.bin): binary data, not text"},
		{"a doc without text", "POST", "/v1/extract", "application/json", []byte(`{"docs": [{"name": "a"}]}`), 400, `docs[0] has no "text"`},
		{"an empty doc", "POST", "/v1/compare", "application/json", docs(doc("a.txt", "25 dead"), doc("b.txt", "  \n")), 400, "docs[1] (b.txt): empty text"},
		{"two docs of one name", "POST", "/v1/compare", "application/json", docs(doc("a.txt", "25 dead"), doc("a.txt", "31 dead")), 400, `two documents are named "a.txt"`},
		{"an unknown kind", "POST", "/v1/extract", "application/json", []byte(`{"docs": [{"text": "5"}], "options": {"kinds": ["weight"]}}`), 400, `options: unknown kinds "weight"`},
		{"a threshold out of range", "POST", "/v1/compare", "application/json", []byte(`{"docs": [{"text": "5"}, {"text": "6"}], "options": {"threshold": 2}}`), 400, "options: threshold 2 is not between 0 and 1"},
		{"an unknown option", "POST", "/v1/compare", "application/json", []byte(`{"docs": [], "options": {"format": "csv"}}`), 400, `unknown field "format"`},
		{"a form", "POST", "/v1/compare", "multipart/form-data; boundary=x", []byte("--x--"), 415, "send JSON, not a form"},
	}
	srv := testServer(t, &serveConfig{maxMB: 1})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, bytes.NewReader(tt.body))
			require.NoError(t, err)
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			assert.Equal(t, tt.status, resp.StatusCode)
			assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
			var e apiError
			require.NoError(t, json.NewDecoder(resp.Body).Decode(&e), "the body is {\"error\": ...}")
			assert.Contains(t, e.Error, tt.msg)
			if tt.status == 405 {
				assert.NotEmpty(t, resp.Header.Get("Allow"))
			}
		})
	}
}

func TestAPIUnnamedDocs(t *testing.T) {
	srv := testServer(t, nil)
	status, _, got := post(t, srv.URL+"/v1/compare", "application/json",
		[]byte(`{"docs": [{"text": "At least 25 people died."}, {"text": "31 people died."}]}`))
	require.Equal(t, http.StatusOK, status, got)
	assert.Contains(t, got, `"docs": [
    "doc1",
    "doc2"
  ]`)
}

func TestHealthz(t *testing.T) {
	srv := testServer(t, nil)
	resp, err := http.Get(srv.URL + "/healthz")
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

// form builds a multipart form as a browser sends it.
func form(t *testing.T, fields map[string]string, files map[string]string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		require.NoError(t, w.WriteField(k, v))
	}
	for name, text := range files {
		fw, err := w.CreateFormFile("files", name)
		require.NoError(t, err)
		_, err = io.WriteString(fw, text)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return w.FormDataContentType(), buf.Bytes()
}

func TestWebPage(t *testing.T) {
	inTestdata(t)
	srv := testServer(t, nil)
	read := func(name string) string {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		return string(b)
	}

	t.Run("the form", func(t *testing.T) {
		resp, err := http.Get(srv.URL + "/")
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "default-src 'none'")
		assert.Contains(t, string(b), `<textarea id="text1" name="text1"`)
	})

	t.Run("pasted and uploaded reports", func(t *testing.T) {
		ct, body := form(t, map[string]string{
			"mode": "compare", "name1": "quake_a.txt", "text1": read("quake_a.txt"),
			"name2": "", "text2": read("quake_b.md"), "text3": "",
		}, map[string]string{"quake_c.html": read("quake_c.html")})
		status, h, page := post(t, srv.URL+"/report", ct, body)
		require.Equal(t, http.StatusOK, status, page)
		assert.Equal(t, "text/html; charset=utf-8", h.Get("Content-Type"))
		for _, doc := range []string{"quake_a.txt", "report 2", "quake_c.html"} {
			assert.Contains(t, page, `data-doc="`+doc+`"`)
		}
		assert.Contains(t, page, `data-status="conflict"`)
		assert.Contains(t, page, `<a href="/">New comparison</a>`)
	})

	t.Run("one report is not enough", func(t *testing.T) {
		ct, body := form(t, map[string]string{"name1": "mine", "text1": "25 people died."}, nil)
		status, _, page := post(t, srv.URL+"/report", ct, body)
		assert.Equal(t, http.StatusBadRequest, status)
		assert.Contains(t, page, "Paste or upload at least two reports (got 1).")
		assert.Contains(t, page, ">25 people died.</textarea>", "what was pasted is kept")
	})

	t.Run("check the first against the others", func(t *testing.T) {
		ct, body := form(t, map[string]string{"mode": "check", "name1": "draft", "text1": "31 people died.",
			"name2": "wire", "text2": "At least 25 people died."}, nil)
		status, _, page := post(t, srv.URL+"/report", ct, body)
		require.Equal(t, http.StatusOK, status, page)
		assert.Contains(t, page, "<title>figcheck: draft checked against 1 report</title>")
	})

	t.Run("too large", func(t *testing.T) {
		small := testServer(t, &serveConfig{maxMB: 1})
		ct, body := form(t, map[string]string{"text1": strings.Repeat("x", 2<<20), "text2": "y"}, nil)
		status, _, page := post(t, small.URL+"/report", ct, body)
		assert.Equal(t, http.StatusRequestEntityTooLarge, status)
		assert.Contains(t, page, "larger than the 1 MB limit")
	})

	t.Run("too many reports", func(t *testing.T) {
		fields := map[string]string{}
		for i := 1; i <= 8; i++ {
			fields["text"+strconv.Itoa(i)] = strconv.Itoa(i*10) + " people died."
		}
		ct, body := form(t, fields, map[string]string{`C:\fakepath\wire.txt`: "31 people died."})
		status, _, page := post(t, srv.URL+"/report", ct, body)
		assert.Equal(t, http.StatusBadRequest, status)
		assert.Contains(t, page, "too many documents: 9 (the limit is 8)")
	})

	t.Run("an uploaded file is named by its base name", func(t *testing.T) {
		ct, body := form(t, map[string]string{"text1": "25 people died."},
			map[string]string{`C:\fakepath\wire.txt`: "31 people died."})
		status, _, page := post(t, srv.URL+"/report", ct, body)
		require.Equal(t, http.StatusOK, status, page)
		assert.Contains(t, page, `data-doc="wire.txt"`)
		assert.Contains(t, page, `data-doc="report 1"`)
	})

	t.Run("unknown page", func(t *testing.T) {
		resp, err := http.Get(srv.URL + "/etc/passwd")
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	})
}

func TestServeStopsCleanly(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	var log bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, ln, &serveConfig{maxMB: 16, maxDocs: 8, timeout: time.Minute}, &log) }()
	var resp *http.Response
	require.Eventually(t, func() bool {
		resp, err = http.Get("http://" + ln.Addr().String() + "/healthz")
		return err == nil
	}, 5*time.Second, 20*time.Millisecond)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	assert.Contains(t, log.String(), "serving on http://127.0.0.1:")
	assert.Contains(t, log.String(), "shutting down")
	assert.Regexp(t, `figcheck: serve: GET /healthz 200 16B \S+\n`, log.String(), "one line per request")
	assert.NotContains(t, log.String(), "reachable from other machines")
}

func TestServeUsage(t *testing.T) {
	_, errOut, code := cli(t, "", "serve", "extra")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "takes no arguments")
	_, errOut, code = cli(t, "", "serve", "--max-docs", "1")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "--max-docs at least 2")
	out, _, code := cli(t, "", "help", "serve")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "--addr address")
	assert.Contains(t, out, "(default 127.0.0.1:8080)")
}

func TestAPITimesOut(t *testing.T) {
	release := make(chan struct{})
	var calls sync.WaitGroup
	calls.Add(2) // the API request and the form
	saved := compareDocs
	t.Cleanup(func() {
		close(release)
		calls.Wait() // the work goes on after the answer: let it end first
		compareDocs = saved
	})
	compareDocs = func(docs []compare.Doc, opt compare.Options) compare.Result {
		defer calls.Done()
		<-release // a comparison that never ends in time
		return saved(docs, opt)
	}
	srv := testServer(t, &serveConfig{timeout: 50 * time.Millisecond})
	body := []byte(`{"docs": [{"text": "25 dead"}, {"text": "31 dead"}]}`)
	status, h, got := post(t, srv.URL+"/v1/compare", "application/json", body)
	assert.Equal(t, http.StatusServiceUnavailable, status)
	assert.Equal(t, "application/json; charset=utf-8", h.Get("Content-Type"))
	assert.JSONEq(t, `{"error": "the request took longer than 50ms"}`, got)

	ct, form := form(t, map[string]string{"text1": "25 dead", "text2": "31 dead"}, nil)
	status, h, got = post(t, srv.URL+"/report", ct, form)
	assert.Equal(t, http.StatusServiceUnavailable, status)
	assert.Equal(t, "text/html; charset=utf-8", h.Get("Content-Type"))
	assert.Contains(t, got, "took longer than 50ms")
}

func TestAPIExtractorPanic(t *testing.T) {
	saved := extractFacts
	t.Cleanup(func() { extractFacts = saved })
	extractFacts = func(name string, text []byte) []facts.Fact {
		if strings.Contains(string(text), "boom") {
			panic("boom")
		}
		return saved(name, text)
	}
	srv := testServer(t, nil)
	status, _, got := post(t, srv.URL+"/v1/compare", "application/json",
		[]byte(`{"docs": [{"name": "a", "text": "25 dead"}, {"name": "b", "text": "boom: 31 dead"}]}`))
	assert.Equal(t, http.StatusInternalServerError, status)
	assert.JSONEq(t, `{"error": "b: internal error in the extractor, document skipped: boom"}`, got)
	status, _, _ = post(t, srv.URL+"/v1/compare", "application/json",
		[]byte(`{"docs": [{"name": "a", "text": "25 dead"}, {"name": "b", "text": "31 dead"}]}`))
	assert.Equal(t, http.StatusOK, status, "the server lives on")
}

func TestServeAnswersOnlyLocalhostUnlessTold(t *testing.T) {
	for _, tt := range []struct {
		addr, host string
		status     int
	}{
		{"127.0.0.1:8080", "127.0.0.1:8080", http.StatusOK},
		{"127.0.0.1:8080", "localhost:8080", http.StatusOK},
		{"localhost:8080", "[::1]:8080", http.StatusOK},
		{"127.0.0.1:8080", "evil.example:8080", http.StatusMisdirectedRequest},
		{"0.0.0.0:8080", "figcheck.newsroom.example", http.StatusOK},
	} {
		t.Run(tt.addr+" "+tt.host, func(t *testing.T) {
			h := newServer(&serveConfig{addr: tt.addr, maxMB: 16, maxDocs: 8, timeout: time.Minute})
			req := httptest.NewRequest("GET", "/healthz", nil)
			req.Host = tt.host
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			assert.Equal(t, tt.status, rec.Code, rec.Body.String())
		})
	}
}
