package main

// Browser tests: the report page and the served page as a person uses
// them, in Debian's chromium driven by chromedp. They skip, saying why,
// where no browser can be had (.ci/run installs it on CI). Screenshots go
// to $FIGCHECK_SCREENSHOTS when set, else to a temporary directory.

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// browser starts a headless chromium for the test, or skips the test.
func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no chromium on PATH (apt-get install chromium), browser test skipped")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.Headless, chromedp.WindowSize(width, height))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	actx, cancelA := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelA)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	if err := chromedp.Do(bctx); err != nil {
		t.Skipf("chromium at %s does not start (%v), browser test skipped", path, err)
	}
	return bctx
}

// screenshot saves a full-page PNG as name and returns its path.
func screenshot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	dir := os.Getenv("FIGCHECK_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, png, 0o644))
	t.Logf("screenshot: %s", p)
	return p
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	require.NoError(t, err, js)
	return v
}

// The page's state, as a reader sees it.
const (
	// docsWithStatus lists the reports showing a figure of the given
	// status whose title names the given key.
	jsDocsWith = `(function(status, key){
		var s = {};
		document.querySelectorAll('.report mark[data-status="'+status+'"]').forEach(function(m){
			if (m.title.indexOf(key) >= 0) s[m.dataset.doc] = true;
		});
		return Object.keys(s).sort();
	})(%q, %q)`
	// jsSelected lists, per report, the titles of its selected figures.
	jsSelected = `Array.prototype.map.call(document.querySelectorAll('.report'), function(r){
		return Array.prototype.map.call(r.querySelectorAll('mark.selected'), function(m){ return m.title; }).join('|');
	})`
	// jsInView tells whether every selected figure is inside the visible
	// part of its report's scrolling box and of the window.
	jsInView = `Array.prototype.every.call(document.querySelectorAll('.report .text'), function(col){
		var m = col.querySelector('mark.selected');
		if (!m) return true;
		var c = col.getBoundingClientRect(), r = m.getBoundingClientRect();
		return r.top >= c.top && r.bottom <= c.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
	})`
)

// pickFinding clicks the button of the finding about key.
func pickFinding(t *testing.T, ctx context.Context, key string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(
		fmt.Sprintf(`//tr[contains(@class,"finding")]//button[normalize-space(.)=%q]`, key))))
}

// evilReport is a plain-text report whose text holds a script.
const evilReport = "Nearly 1,500 homes were damaged, the agency said.\n\n" +
	"<script>document.title = 'pwned'; window.pwned = true;</script>\n\n" +
	"<img src=x onerror=\"window.pwned = true\">\n"

// longReport puts its figure far down, so that its column must scroll.
func longReport() string {
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "Paragraph %s of background without figures, about the region and its hills.\n\n", strings.Repeat("i", i%5+1))
	}
	b.WriteString("Officials later said 1,200 homes were damaged.\n")
	return b.String()
}

func TestBrowserReport(t *testing.T) {
	inTestdata(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "evil.txt"), []byte(evilReport), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "long.txt"), []byte(longReport()), 0o644))
	args := append([]string{"compare", "--format", "html"}, articles...)
	out, errOut, code := cli(t, "", append(args, filepath.Join(dir, "evil.txt"), filepath.Join(dir, "long.txt"))...)
	require.Equal(t, exitDisagree, code, errOut)
	page := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(page, []byte(out), 0o644))

	ctx := browser(t, 1600, 1000)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.CSS(".report mark"))))
	title := eval[string](t, ctx, "document.title")

	t.Run("the planted conflict is highlighted in every column", func(t *testing.T) {
		docs := eval[[]string](t, ctx, fmt.Sprintf(jsDocsWith, "conflict", "homes damaged"))
		assert.Len(t, docs, 5, "quake a, b, c, evil and long all give the homes damaged: %v", docs)
	})

	t.Run("a script in an article is shown, never run", func(t *testing.T) {
		assert.Equal(t, false, eval[bool](t, ctx, "window.pwned === true"))
		assert.Equal(t, title, eval[string](t, ctx, "document.title"))
		assert.NotContains(t, title, "pwned")
		text := eval[string](t, ctx, "document.body.innerText")
		assert.Contains(t, text, "<script>document.title = 'pwned'; window.pwned = true;</script>")
		assert.Equal(t, 0, eval[int](t, ctx, "document.querySelectorAll('.report img, .report script').length"))
	})

	t.Run("picking a finding highlights it in every report and scrolls to it", func(t *testing.T) {
		pickFinding(t, ctx, "count · homes damaged")
		sel := eval[[]string](t, ctx, jsSelected)
		require.Len(t, sel, 5)
		for i, s := range sel {
			assert.Contains(t, s, "homes damaged", "report %d", i)
			assert.NotContains(t, s, "people killed", "report %d", i)
		}
		assert.True(t, eval[bool](t, ctx, jsInView), "each report scrolled to its figure")
		assert.Greater(t, eval[float64](t, ctx, `document.querySelectorAll('.report .text')[4].scrollTop`), 0.0,
			"the long report scrolled down to its figure")
		assert.Equal(t, 1, eval[int](t, ctx, `document.querySelectorAll('tr.finding.selected').length`))
		bar := eval[string](t, ctx, `(function(b){ return b.hidden ? "" : b.textContent; })(document.getElementById('selection'))`)
		assert.Contains(t, bar, "Conflict · count · homes damaged", "the bar above the reports says what is picked")
		assert.Contains(t, bar, "cannot both hold", "and why")
		screenshot(t, ctx, "report-homes.png")

		pickFinding(t, ctx, "count · people killed")
		sel = eval[[]string](t, ctx, jsSelected)
		assert.Contains(t, sel[0], "people killed", "the highlight moved")
		assert.NotContains(t, strings.Join(sel, "|"), "homes damaged", "the old highlight is gone")
		assert.Equal(t, "", sel[4], "the long report gives no toll")
		assert.True(t, eval[bool](t, ctx, jsInView))
	})

	t.Run("picking a figure in a report highlights it in the others", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.report:nth-of-type(2) mark[data-status="agree"]`))))
		sel := eval[[]string](t, ctx, jsSelected)
		picked := eval[string](t, ctx, `document.querySelector('.report:nth-of-type(2) mark[data-status="agree"]').title`)
		for i := range 3 {
			assert.Equal(t, picked, strings.Split(sel[i], "|")[0], "report %d", i)
		}
	})

	t.Run("it works with the keyboard", func(t *testing.T) {
		// Focus the first figure of the first report (a tab stop) and press Enter.
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`.report mark`)),
			chromedp.KeyEvent("\r")))
		first := eval[string](t, ctx, `document.querySelector('.report mark').title`)
		assert.Contains(t, eval[[]string](t, ctx, jsSelected)[0], first)
		// n and p walk the findings.
		eval[bool](t, ctx, "document.activeElement.blur(), true")
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("n")))
		n1 := eval[string](t, ctx, `document.querySelector('tr.finding.selected').dataset.ids`)
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("n")))
		n2 := eval[string](t, ctx, `document.querySelector('tr.finding.selected').dataset.ids`)
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("p")))
		assert.NotEqual(t, n1, n2)
		assert.Equal(t, n1, eval[string](t, ctx, `document.querySelector('tr.finding.selected').dataset.ids`))
	})

	t.Run("it prints legibly", func(t *testing.T) {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		require.NoError(t, err)
		defer chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		// No report cut by a scrolling box; reports one under the other;
		// hints for the screen left out; text no smaller than 10pt-ish.
		assert.True(t, eval[bool](t, ctx, `Array.prototype.every.call(document.querySelectorAll('.report .text'), function(c){ return c.scrollHeight <= c.clientHeight + 1; })`))
		lefts := eval[[]float64](t, ctx, `Array.prototype.map.call(document.querySelectorAll('.report'), function(r){ return r.getBoundingClientRect().left; })`)
		for _, l := range lefts {
			assert.Equal(t, lefts[0], l, "stacked")
		}
		assert.Equal(t, "none", eval[string](t, ctx, `getComputedStyle(document.querySelector('.hint')).display`))
		assert.GreaterOrEqual(t, eval[float64](t, ctx, `parseFloat(getComputedStyle(document.querySelector('.report mark')).fontSize)`), 13.0)
		screenshot(t, ctx, "report-print.png")
	})

	t.Run("the findings come first: conflicts, then review, then agreements", func(t *testing.T) {
		order := eval[[]string](t, ctx, `Array.prototype.map.call(document.querySelectorAll('tr.finding'), function(r){ return r.dataset.status; })`)
		rank := map[string]int{"conflict": 0, "review": 1, "not_comparable": 2, "agree": 3, "single": 4}
		for i := 1; i < len(order); i++ {
			assert.LessOrEqual(t, rank[order[i-1]], rank[order[i]], "%v", order)
		}
	})
}

func TestBrowserReportForTheREADME(t *testing.T) {
	// The screenshot of the README: the test story's three reports with
	// the death toll picked.
	inTestdata(t)
	out, _, code := cli(t, "", append([]string{"compare", "--format", "html"}, articles...)...)
	require.Equal(t, exitDisagree, code)
	page := filepath.Join(t.TempDir(), "report.html")
	require.NoError(t, os.WriteFile(page, []byte(out), 0o644))
	ctx := browser(t, 1280, 900)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+page+"#g1"), chromedp.WaitVisible(chromedp.CSS(".report mark.selected"))))
	assert.Len(t, eval[[]string](t, ctx, fmt.Sprintf(jsDocsWith, "conflict", "people killed")), 3)
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void]("window.scrollTo(0, 0)")))
	screenshot(t, ctx, "report.png")
}

func TestBrowserServe(t *testing.T) {
	inTestdata(t)
	srv := httptest.NewServer(newServer(&serveConfig{maxMB: 16, maxDocs: 8, timeout: 30 * time.Second}))
	t.Cleanup(srv.Close)
	a, err := os.ReadFile("quake_a.txt")
	require.NoError(t, err)
	b, err := os.ReadFile("quake_b.md")
	require.NoError(t, err)
	upload, err := filepath.Abs("quake_c.html")
	require.NoError(t, err)

	ctx := browser(t, 1400, 1000)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#text1`)),
		chromedp.SendKeys(chromedp.CSS(`#name1`), "wire.txt"),
		// A plain-text report holding a script: the page shows it as text.
		chromedp.SetValue(chromedp.CSS(`#text1`), string(a)+"\n\n<script>window.pwned = true</script>\n"),
		chromedp.SetValue(chromedp.CSS(`#text2`), string(b)),
		chromedp.SetUploadFiles(chromedp.CSS(`#files`), []string{upload}),
	))
	screenshot(t, ctx, "serve-form.png")
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.report mark`)),
	))
	docs := eval[[]string](t, ctx, fmt.Sprintf(jsDocsWith, "conflict", "homes damaged"))
	assert.Equal(t, []string{"quake_c.html", "report 2", "wire.txt"}, docs, "pasted, pasted without a name, uploaded")
	assert.Equal(t, false, eval[bool](t, ctx, "window.pwned === true"))
	assert.Contains(t, eval[string](t, ctx, "document.body.innerText"), "<script>window.pwned = true</script>")

	pickFinding(t, ctx, "money · repairs")
	sel := eval[[]string](t, ctx, jsSelected)
	require.Len(t, sel, 3)
	for i, s := range sel {
		assert.Contains(t, s, "repairs", "report %d", i)
	}
	screenshot(t, ctx, "serve-report.png")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(`//a[normalize-space(.)="New comparison"]`),
		chromedp.WaitVisible(chromedp.CSS(`#text1`))))
}
