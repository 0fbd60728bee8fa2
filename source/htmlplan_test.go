package source

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// piecewiseView views a page in pieces of about size bytes, each ended by
// the plan's Cut, as the command views a page it streams.
func piecewiseView(t *testing.T, text []byte, size int) ([]byte, string) {
	t.Helper()
	p, err := PlanHTML(bytes.NewReader(text))
	require.NoError(t, err)
	var out []byte
	for base := 0; base < len(text); {
		end := min(len(text), base+size)
		if end < len(text) {
			end = p.Cut(end)
		}
		if end <= base { // a text segment longer than the piece
			end = min(len(text), base+size)
			for end < len(text) && p.Cut(end) <= base {
				end++
			}
		}
		out = append(out, p.View(text[base:end], base)...)
		base = end
	}
	return out, p.Date
}

// TestHTMLPlanPieces: a page viewed piece by piece is the page viewed
// whole, for every HTML file of testdata and pages whose article, entities
// and meta data cross the pieces.
func TestHTMLPlanPieces(t *testing.T) {
	pages := map[string]string{
		"two articles": `<html><head><meta name="date" content="2024-03-15"></head><body><article><p>1 &amp; 2</p></article>` +
			`<article><p>22 &pound;33 &#10; and &notanentity; 44</p><p>55</p></article></body></html>`,
		"main":    "<nav>7 links</nav><main><h1>T 1</h1><p>x &mdash; y 2</p></main><p>outside 3</p>",
		"no body": "plain 5 &amp; <b>6</b><br>7",
		"ld+json": `<script type="application/ld+json">{"datePublished": "2024-01-02"}</script><p>x 9</p>`,
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*", "*.htm*"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		pages[f] = string(b)
	}
	for name, page := range pages {
		text, _ := sanitize([]byte(page))
		want, wantDate := htmlView(text)
		for _, size := range []int{1, 3, 16, 100, len(text)} {
			got, date := piecewiseView(t, text, size)
			require.Equal(t, string(want), string(got), "%s, pieces of %d", name, size)
			assert.Equal(t, wantDate, date, name)
		}
	}
}

func FuzzHTMLPlan(f *testing.F) {
	for _, s := range []string{"<p>a &amp; b</p>", "<article><p>1</p></article><article><p>22 33</p></article>",
		"<main><p>x</main><p>y", "<nav>n</nav><p>b &#10; 5</p>", "<plaintext>&amp;", "<p>\xff&pound"} {
		f.Add([]byte(s), uint8(5))
	}
	f.Fuzz(func(t *testing.T, raw []byte, size uint8) {
		text, _ := sanitize(raw)
		want, wantDate := htmlView(text)
		got, date := piecewiseView(t, text, int(size)+1)
		if !bytes.Equal(want, got) || date != wantDate {
			t.Fatalf("piecewise view differs:\n%q\nwant\n%q", got, want)
		}
	})
}
