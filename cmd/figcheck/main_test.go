package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/cli/golden")

// cli runs the command in-process, from testdata/cli, with stdin as
// standard input.
func cli(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

// inTestdata makes testdata/cli the working directory, so that document
// names in the output are short.
func inTestdata(t *testing.T) {
	t.Chdir(filepath.Join("..", "..", "testdata", "cli"))
}

// golden compares got with testdata/cli/golden/name (the working directory
// is testdata/cli), or rewrites that file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("golden", name)
	if *update {
		require.NoError(t, os.MkdirAll("golden", 0o755))
		require.NoError(t, os.WriteFile(p, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err, "run 'go test ./cmd/figcheck -update' to create it")
	assert.Equal(t, string(want), got, "output differs from %s (go test ./cmd/figcheck -update rewrites it)", p)
}

var articles = []string{"quake_a.txt", "quake_b.md", "quake_c.html"}

func TestGoldenExtract(t *testing.T) {
	inTestdata(t)
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			out, errOut, code := cli(t, "", append([]string{"extract", "--color", "never", "--format", format}, articles...)...)
			assert.Equal(t, exitOK, code)
			assert.Empty(t, errOut)
			golden(t, "extract."+format, out)
		})
	}
	t.Run("filters", func(t *testing.T) {
		out, errOut, code := cli(t, "", "extract", "--kind", "count,percent", "--min-confidence", "0.5",
			"--no-dates", "--context", "20", "quake_a.txt")
		assert.Equal(t, exitOK, code)
		assert.Empty(t, errOut)
		golden(t, "extract_filters.table", out)
	})
}

func TestGoldenCompare(t *testing.T) {
	inTestdata(t)
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			out, errOut, code := cli(t, "", append([]string{"compare", "--color=never", "--format=" + format}, articles...)...)
			assert.Contains(t, []int{exitOK, exitDisagree}, code)
			assert.Empty(t, errOut)
			golden(t, "compare."+format, out)
		})
	}
	t.Run("only-conflicts", func(t *testing.T) {
		out, _, _ := cli(t, "", append([]string{"compare", "--only-conflicts"}, articles...)...)
		golden(t, "compare_only_conflicts.table", out)
	})
	for _, format := range []string{"table", "jsonl"} {
		t.Run("check-"+format, func(t *testing.T) {
			out, errOut, code := cli(t, "", "check", "--format", format, "quake_b.md", "quake_a.txt", "quake_c.html")
			assert.Contains(t, []int{exitOK, exitDisagree}, code)
			assert.Empty(t, errOut)
			golden(t, "check."+format, out)
		})
	}
}

// decodeLines parses JSON lines into maps.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		recs = append(recs, m)
	}
	return recs
}

// TestJSONLContract checks the fields SPEC.md promises and that offsets
// and lines point into the original input, also for Markdown and HTML.
func TestJSONLContract(t *testing.T) {
	inTestdata(t)
	out, _, code := cli(t, "", append([]string{"extract", "--format", "jsonl"}, articles...)...)
	require.Equal(t, exitOK, code)
	raw := map[string][]byte{}
	view := map[string][]byte{}
	for _, a := range articles {
		b, err := os.ReadFile(a)
		require.NoError(t, err)
		d, err := source.New(a, b, a)
		require.NoError(t, err)
		raw[a], view[a] = b, d.Text
	}
	lastDoc := -1
	for _, m := range decodeLines(t, out) {
		for _, k := range []string{"type", "doc", "kind", "value", "low", "high", "bound", "change", "unit", "subject", "text", "start", "end", "line", "sentence"} {
			assert.Contains(t, m, k)
		}
		assert.Equal(t, "fact", m["type"])
		doc := m["doc"].(string)
		i := indexOf(articles, doc)
		require.GreaterOrEqual(t, i, lastDoc, "sorted by document in command-line order")
		lastDoc = i
		start, end := int(m["start"].(float64)), int(m["end"].(float64))
		b := raw[doc]
		require.True(t, 0 <= start && start <= end && end <= len(b))
		assert.Equal(t, m["text"], string(view[doc][start:end]), "text at its offsets in the view of %s", doc)
		if !bytes.ContainsRune(b[start:end], '&') {
			// Where no entity was decoded inside it, the figure stands
			// as such in the original file.
			assert.Equal(t, m["text"], string(b[start:end]), "text at its offsets in the original %s", doc)
		}
		assert.Equal(t, float64(bytes.Count(b[:start], []byte("\n"))+1), m["line"], "line in the original")
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func TestUsage(t *testing.T) {
	for _, c := range []struct {
		args     []string
		code     int
		out, err string
	}{
		{nil, exitError, "", "Usage:"},
		{[]string{"help"}, exitOK, "Usage:", ""},
		{[]string{"--help"}, exitOK, "Usage:", ""},
		{[]string{"-h"}, exitOK, "Usage:", ""},
		{[]string{"help", "compare"}, exitOK, "--only-conflicts", ""},
		{[]string{"extract", "--help"}, exitOK, "--min-confidence", ""},
		{[]string{"help", "nope"}, exitError, "", `unknown command "nope"`},
		{[]string{"--version"}, exitOK, "figcheck ", ""},
		{[]string{"frobnicate"}, exitError, "", `unknown command "frobnicate"`},
		{[]string{"--format", "json"}, exitError, "", "a command must come first"},
		{[]string{"extract", "--bogus", "x"}, exitError, "", "flag provided but not defined: -bogus"},
		{[]string{"extract", "--format", "xml", "x"}, exitError, "", `unknown format "xml"`},
		{[]string{"extract", "--kind", "count,weight", "x"}, exitError, "", `unknown kind "weight"`},
		{[]string{"extract", "--min-confidence", "2", "x"}, exitError, "", "not between 0 and 1"},
		{[]string{"extract", "--color", "sometimes", "x"}, exitError, "", `unknown --color "sometimes"`},
		{[]string{"extract", "--context", "-1", "x"}, exitError, "", "negative"},
		{[]string{"compare", "quake_a.txt"}, exitError, "", "needs at least two documents (got 1)"},
		{[]string{"compare"}, exitError, "", "needs at least two documents (got 0)"},
		{[]string{"check", "quake_a.txt"}, exitError, "", "needs a NEW document and at least one reference"},
		{[]string{"compare", "--threshold", "1.5", "a", "b"}, exitError, "", "--threshold"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, code := cli(t, "", c.args...)
			assert.Equal(t, c.code, code)
			if c.out != "" {
				assert.Contains(t, out, c.out)
			}
			if c.err != "" {
				assert.Contains(t, errOut, c.err)
			}
			if code == exitError && len(c.args) > 0 && c.args[0] != "help" {
				assert.Contains(t, errOut, "Usage")
				assert.Empty(t, out)
			}
		})
	}
}

// fakeExtract finds "N people" and "N%" in text: a stand-in extractor with
// known offsets, so that the command is tested apart from facts.Extract.
func fakeExtract(doc string, text []byte) []facts.Fact {
	var out []facts.Fact
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' || i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			continue
		}
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		v := 0.0
		for _, c := range text[i:j] {
			v = v*10 + float64(c-'0')
		}
		var kind facts.Kind
		end := j
		switch {
		case bytes.HasPrefix(text[j:], []byte(" people")):
			kind, end = facts.KindCount, j+len(" people")
		case bytes.HasPrefix(text[j:], []byte("%")):
			kind, end = facts.KindPercent, j+1
		default:
			continue
		}
		val, lo, hi := v, v, v
		out = append(out, facts.Fact{Type: "fact", Doc: doc, Kind: kind, Value: &val, Low: &lo, High: &hi,
			Bound: facts.BoundExact, Text: string(text[i:end]), Start: i, End: end, Confidence: 1})
		i = end - 1
	}
	return out
}

func useFakeExtractor(t *testing.T) {
	old := extractFacts
	extractFacts = fakeExtract
	t.Cleanup(func() { extractFacts = old })
}

func TestBadInputs(t *testing.T) {
	useFakeExtractor(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	good := write("good.txt", "Officials said 25 people died.\n")
	missing := filepath.Join(dir, "missing.txt")

	t.Run("missing file", func(t *testing.T) {
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", missing, good)
		assert.Equal(t, exitError, code, "exit 2 at the end")
		assert.Equal(t, "figcheck: "+missing+": no such file or directory\n", errOut)
		assert.Len(t, decodeLines(t, out), 1, "the other files are still processed")
	})
	t.Run("directory", func(t *testing.T) {
		sub := filepath.Join(dir, "reports")
		write("reports/b.md", "# 30 people\n")
		write("reports/a.txt", "About 12% voted.\n")
		write("reports/notes.pdf", "ignored 99 people")
		write("reports/deep/c.html", "<p>Some 40 people</p>")
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", sub)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "figcheck: "+sub+": is a directory (use --recursive to read the files below it)\n", errOut)
		assert.Empty(t, out)

		out, errOut, code = cli(t, "", "extract", "--recursive", "--format", "csv", "--context", "0", sub)
		assert.Equal(t, exitOK, code)
		assert.Empty(t, errOut)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		require.Len(t, lines, 4)
		assert.True(t, strings.HasPrefix(lines[1], filepath.Join(sub, "a.txt")+",1,percent,12%,12,"), lines[1])
		assert.True(t, strings.HasPrefix(lines[2], filepath.Join(sub, "b.md")+",1,count,30 people,30,"), lines[2])
		assert.True(t, strings.HasPrefix(lines[3], filepath.Join(sub, "deep", "c.html")+",1,count,40 people,40,"), lines[3])
	})
	t.Run("binary", func(t *testing.T) {
		bin := write("photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR 25 people")
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", bin, good)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "figcheck: "+bin+": binary file, skipped\n", errOut)
		assert.Len(t, decodeLines(t, out), 1)
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		latin1 := "Stra\xdfe closed; 25 people hurt in K\xf6ln, 30% of roads shut.\n"
		p := write("latin1.txt", latin1)
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", p)
		assert.Equal(t, exitOK, code)
		assert.Equal(t, "figcheck: "+p+": warning: 2 invalid UTF-8 bytes replaced\n", errOut)
		recs := decodeLines(t, out)
		require.Len(t, recs, 2)
		assert.Equal(t, "25 people", recs[0]["text"])
		assert.Equal(t, float64(strings.Index(latin1, "25 people")), recs[0]["start"], "offsets into the original bytes")
		assert.Equal(t, float64(strings.Index(latin1, "30%")), recs[1]["start"])

		out, _, _ = cli(t, "", "extract", "--color", "never", p)
		assert.Contains(t, out, "Stra?e closed; 25 people hurt in K?ln", "context shows '?' for the bad bytes")
	})
	t.Run("empty", func(t *testing.T) {
		p := write("empty.txt", "")
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", p)
		assert.Equal(t, exitOK, code)
		assert.Equal(t, "figcheck: "+p+": warning: empty file, no facts\n", errOut)
		assert.Empty(t, out)

		out, errOut, code = cli(t, "", "extract", "--format", "json", "-")
		assert.Equal(t, exitOK, code)
		assert.Equal(t, "figcheck: <stdin>: warning: empty input, no facts\n", errOut)
		assert.JSONEq(t, `{"facts": []}`, out)
	})
	t.Run("HTML without text", func(t *testing.T) {
		p := write("app.html", "<!doctype html><html><head><title>App 2</title></head><body><script>render(42)</script></body></html>")
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", p)
		assert.Equal(t, exitOK, code)
		assert.Equal(t, "figcheck: "+p+": warning: no article text found in this HTML page\n", errOut)
		assert.Empty(t, out)
	})
	t.Run("too large", func(t *testing.T) {
		old := maxInputSize
		maxInputSize = 16
		t.Cleanup(func() { maxInputSize = old })
		_, errOut, code := cli(t, "", "extract", good)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "figcheck: "+good+": file too large (31 bytes, the limit is 16 bytes)\n", errOut)
		_, errOut, code = cli(t, strings.Repeat("x", 100), "extract", "-")
		assert.Equal(t, exitError, code)
		assert.Equal(t, "figcheck: <stdin>: input larger than the 16 bytes limit\n", errOut)
	})
	t.Run("stdin", func(t *testing.T) {
		out, errOut, code := cli(t, "Now 7 people.", "extract", "--format", "jsonl", "-")
		assert.Equal(t, exitOK, code)
		assert.Empty(t, errOut)
		recs := decodeLines(t, out)
		require.Len(t, recs, 1)
		assert.Equal(t, "<stdin>", recs[0]["doc"])

		out, _, code = cli(t, "Now 7 people.", "extract", "--format", "jsonl")
		assert.Equal(t, exitOK, code, "no FILE: standard input")
		assert.Len(t, decodeLines(t, out), 1)

		out, errOut, code = cli(t, "Now 7 people.", "extract", "--format", "jsonl", "-", good, "-")
		assert.Equal(t, exitError, code)
		assert.Equal(t, "figcheck: <stdin>: standard input named more than once\n", errOut)
		assert.Len(t, decodeLines(t, out), 2)
	})
	t.Run("flags after files", func(t *testing.T) {
		out, _, code := cli(t, "", "extract", good, "--format", "jsonl", "--", "-")
		assert.Equal(t, exitOK, code)
		assert.Len(t, decodeLines(t, out), 1, "'-' after '--' is standard input (empty here)")
	})
	t.Run("extractor panic", func(t *testing.T) {
		extractFacts = func(doc string, text []byte) []facts.Fact {
			if strings.Contains(string(text), "boom") {
				panic("index out of range")
			}
			return fakeExtract(doc, text)
		}
		t.Cleanup(func() { extractFacts = fakeExtract })
		boom := write("boom.txt", "boom 3 people")
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", boom, good)
		assert.Equal(t, exitError, code)
		assert.Contains(t, errOut, "figcheck: "+boom+": internal error in the extractor, document skipped")
		assert.Len(t, decodeLines(t, out), 1)
	})
	t.Run("compare with unreadable files", func(t *testing.T) {
		_, errOut, code := cli(t, "", "compare", good, missing)
		assert.Equal(t, exitError, code)
		assert.Contains(t, errOut, "fewer than two documents could be read")
		_, _, code = cli(t, "", "check", missing, good, good)
		assert.Equal(t, exitError, code)
	})
}

// stubCompare makes a result with one conflict when some document says
// "conflict", else one agreement.
func stubCompare(docs []compare.Doc, _ compare.Options) compare.Result {
	g := compare.Group{Key: "count · people", Kind: facts.KindCount, Status: compare.StatusAgree}
	for _, d := range docs {
		g.Facts = append(g.Facts, d.Facts...)
	}
	if len(g.Facts) >= 2 && g.Facts[0].Text != g.Facts[1].Text {
		g.Status = compare.StatusConflict
		g.Disagreements = []compare.Disagreement{{A: 0, B: 1, Reason: g.Facts[0].Text + " vs " + g.Facts[1].Text}}
	}
	return compare.Result{Groups: []compare.Group{g}}
}

func TestCompareExitCodes(t *testing.T) {
	useFakeExtractor(t)
	old := compareDocs
	compareDocs = stubCompare
	t.Cleanup(func() { compareDocs = old })
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	c := filepath.Join(dir, "c.txt")
	require.NoError(t, os.WriteFile(a, []byte("Published 2 May 2024\n25 people died."), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("25 people died."), 0o644))
	require.NoError(t, os.WriteFile(c, []byte("31 people died."), 0o644))

	_, _, code := cli(t, "", "compare", a, b)
	assert.Equal(t, exitOK, code, "agreement")
	out, _, code := cli(t, "", "compare", "--color", "never", a, c)
	assert.Equal(t, exitDisagree, code, "conflict")
	assert.Contains(t, out, "CONFLICT")
	assert.Contains(t, out, "25 people vs 31 people")
	_, _, code = cli(t, "", "check", c, a)
	assert.Equal(t, exitDisagree, code)
	_, _, code = cli(t, "", "compare", a, c, filepath.Join(dir, "gone.txt"))
	assert.Equal(t, exitError, code, "an unreadable input wins over a conflict")

	out, _, _ = cli(t, "", "compare", "--format", "json", a, b)
	var res compare.Result
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.Equal(t, []string{a, b}, res.Docs)
	assert.Equal(t, "group", res.Groups[0].Type)
	assert.NotNil(t, res.Groups[0].Disagreements, "[] rather than null")

	out, _, _ = cli(t, "", "compare", "--only-conflicts", "--format", "jsonl", a, b)
	assert.Empty(t, out)

	// Publication dates reach the comparer.
	var dates []string
	compareDocs = func(docs []compare.Doc, o compare.Options) compare.Result {
		for _, d := range docs {
			dates = append(dates, d.Date)
		}
		return stubCompare(docs, o)
	}
	cli(t, "", "compare", a, b)
	assert.Equal(t, []string{"2024-05-02", ""}, dates)

	compareDocs = stubCompare
	out, _, _ = cli(t, "", "compare", "--format", "markdown", a, c)
	assert.Contains(t, out, "| count · people | 25 people | 31 people | CONFLICT | 25 people vs 31 people |")
	out, _, _ = cli(t, "", "compare", "--format", "csv", a, c)
	assert.Contains(t, out, "key,kind,unit,status,"+a+","+c+",reason\n")
	assert.Contains(t, out, "count · people,count,,conflict,25 people,31 people,25 people vs 31 people\n")
}

func TestColor(t *testing.T) {
	useFakeExtractor(t)
	in := "Now 7 people."
	out, _, _ := cli(t, in, "extract", "--color", "always")
	assert.Contains(t, out, "\x1b[36mcount\x1b[0m")
	out, _, _ = cli(t, in, "extract", "--color", "always", "--format", "markdown")
	assert.NotContains(t, out, "\x1b[", "never in machine formats")
	out, _, _ = cli(t, in, "extract", "--color", "always", "--format", "jsonl")
	assert.NotContains(t, out, "\x1b[")
	out, _, _ = cli(t, in, "extract")
	assert.NotContains(t, out, "\x1b[", "auto: not a terminal")
	t.Setenv("NO_COLOR", "1")
	out, _, _ = cli(t, in, "extract", "--color", "auto")
	assert.NotContains(t, out, "\x1b[")
}
