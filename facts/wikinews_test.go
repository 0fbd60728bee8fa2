package facts_test

// The Wikinews scorer: real news article openings from
// ../shared/wikinews/articles (CC BY 2.5, not copied into the repository)
// scored against blind gold in testdata/wikinews/NNN.gold.jsonl (format in
// testdata/extract/GOLD.md, conventions beyond it in
// testdata/wikinews/README.md). Matching and metrics are those of
// corpus_test.go.
//
// Each article file starts with a `url:` and a `date:` line of metadata;
// they are blanked with spaces (offsets kept) before gold is located and
// Extract runs, so that neither a figure in a URL nor the collection date
// counts.
//
// Run:
//
//	go test ./facts -run TestWikinews -v
//	FIGCHECK_SCORE_DETAIL=1 go test ./facts -run TestWikinewsScore -v   # every miss
//	FIGCHECK_SCORE_OUT=/tmp/wikinews.txt go test ./facts -run TestWikinewsScore

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	// wikinewsDir is the shared Wikinews folder, relative to the package
	// directory; it is outside the repository and may be absent.
	wikinewsDir = filepath.Join("..", "..", "shared", "wikinews")
	// wikinewsGoldDir holds the gold, one NNN.gold.jsonl per article.
	wikinewsGoldDir = filepath.Join("..", "testdata", "wikinews")
)

// wikinewsFloors are the F1 floors of the Wikinews corpus, just under
// today's figures (span 0.977, value 0.968, value+unit 0.961, value+bound
// 0.948, kind 0.966, subject 0.859), so that a change that loses ground
// fails. The first, blind measurement was value 0.905 and subject 0.596
// (testdata/wikinews/README.md); the extractor has been improved on this
// corpus since, so it is no longer blind.
var wikinewsFloors = map[string]float64{
	"span": 0.97, "value": 0.96, "value+unit": 0.955, "value+bound": 0.94, "kind": 0.96, "subject": 0.85,
}

// wikinewsHeaderKeys are the metadata lines that open every article file.
var wikinewsHeaderKeys = []string{"url:", "date:"}

// blankWikinewsHeader replaces the leading url:/date: lines of text with
// spaces of the same length, keeping the newlines, so that byte offsets of
// the article text do not move.
func blankWikinewsHeader(text []byte) []byte {
	out := append([]byte(nil), text...)
	start := 0
	for range wikinewsHeaderKeys {
		end := start
		for end < len(out) && out[end] != '\n' {
			end++
		}
		line := string(out[start:end])
		isHeader := false
		for _, k := range wikinewsHeaderKeys {
			if strings.HasPrefix(line, k) {
				isHeader = true
			}
		}
		if !isHeader {
			break
		}
		for i := start; i < end; i++ {
			out[i] = ' '
		}
		start = end + 1
		if start >= len(out) {
			break
		}
	}
	return out
}

// loadWikinews pairs every NNN.gold.jsonl of goldDir with the article
// NNN-*.txt of articlesDir, blanks its header and validates the gold.
// Articles without gold are listed in NoGold.
func loadWikinews(articlesDir, goldDir string) (*corpus, error) {
	texts, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	byNumber := map[string]string{}
	for _, tp := range texts {
		num, _, _ := strings.Cut(filepath.Base(tp), "-")
		byNumber[num] = tp
	}
	golds, err := filepath.Glob(filepath.Join(goldDir, "*.gold.jsonl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(golds)
	c := &corpus{}
	hasGold := map[string]bool{}
	for _, gp := range golds {
		num := strings.TrimSuffix(filepath.Base(gp), ".gold.jsonl")
		tp, ok := byNumber[num]
		if !ok {
			c.Problems = append(c.Problems, fmt.Sprintf("%s: no article %s-*.txt in %s", filepath.Base(gp), num, articlesDir))
			continue
		}
		hasGold[num] = true
		raw, err := os.ReadFile(tp)
		if err != nil {
			return nil, err
		}
		text := blankWikinewsHeader(raw)
		a := &article{Name: filepath.Base(tp), TextPath: tp, GoldPath: gp, Text: text, lines: newLineIndex(text)}
		a.Problems = a.loadGold()
		c.Problems = append(c.Problems, a.Problems...)
		c.Articles = append(c.Articles, a)
	}
	for _, tp := range texts {
		num, _, _ := strings.Cut(filepath.Base(tp), "-")
		if !hasGold[num] {
			c.NoGold = append(c.NoGold, filepath.Base(tp))
		}
	}
	return c, nil
}

// wikinewsArticlesOrSkip is the articles folder, or skips the test when the
// shared data is not there.
func wikinewsArticlesOrSkip(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(wikinewsDir, "articles")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("Wikinews articles not found at %s (the shared data is outside the repository): %v", dir, err)
	}
	return dir
}

func TestBlankWikinewsHeader(t *testing.T) {
	spaces := func(s string) string { return strings.Repeat(" ", len(s)) }
	for _, c := range []struct{ name, in, want string }{
		{"both lines", "url: https://x/6.3_quake\ndate: 2009-04-06\n\nQuake 6.3",
			spaces("url: https://x/6.3_quake") + "\n" + spaces("date: 2009-04-06") + "\n\nQuake 6.3"},
		{"url only", "url: u\nQuake", spaces("url: u") + "\nQuake"},
		{"no header", "Quake 6.3\ndate: 2009", "Quake 6.3\ndate: 2009"},
		{"header only, no newline", "url: u", spaces("url: u")},
		{"a third line is text", "url: u\ndate: d\ndate: kept", spaces("url: u") + "\n" + spaces("date: d") + "\ndate: kept"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := blankWikinewsHeader([]byte(c.in))
			assert.Equal(t, c.want, string(got))
			assert.Len(t, got, len(c.in), "offsets must not move")
		})
	}
}

// TestWikinewsGold validates the gold files and checks that every article
// of every story chain in chains.json is annotated.
func TestWikinewsGold(t *testing.T) {
	articles := wikinewsArticlesOrSkip(t)
	c, err := loadWikinews(articles, wikinewsGoldDir)
	require.NoError(t, err)
	require.NotEmpty(t, c.Articles, "no gold in %s", wikinewsGoldDir)
	assert.Empty(t, c.Problems, "malformed Wikinews gold (see GOLD.md)")

	raw, err := os.ReadFile(filepath.Join(wikinewsDir, "chains.json"))
	require.NoError(t, err)
	var chains []struct {
		Event    string   `json:"event"`
		Articles []string `json:"articles"`
	}
	require.NoError(t, json.Unmarshal(raw, &chains))
	require.NotEmpty(t, chains)
	annotated := map[string]bool{}
	for _, a := range c.Articles {
		annotated[a.Name] = true
	}
	for _, ch := range chains {
		for _, name := range ch.Articles {
			assert.Truef(t, annotated[name], "chain %q: %s has no gold", ch.Event, name)
		}
	}
	n := 0
	for _, a := range c.Articles {
		n += len(a.Gold)
	}
	t.Logf("%d articles, %d gold lines, %d chains covered", len(c.Articles), n, len(chains))
}

// TestWikinewsScore scores Extract on the Wikinews articles and fails when
// an F1 falls below its floor.
func TestWikinewsScore(t *testing.T) {
	articles := wikinewsArticlesOrSkip(t)
	c, err := loadWikinews(articles, wikinewsGoldDir)
	require.NoError(t, err)
	scoreLoaded(t, c, "wikinews", wikinewsFloors)
}
