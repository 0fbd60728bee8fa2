package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

// TestParallelKeepsOrder: many documents (some unreadable, some empty) on
// several workers give the output and messages of one worker, byte for
// byte, in every streaming and table format.
func TestParallelKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := 0; i < 60; i++ {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		var text string
		switch i % 7 {
		case 3:
			text = "" // an empty file: a warning
		case 5:
			text = "bad \xff byte and 12 people.\n"
		default:
			text = strings.Repeat(fmt.Sprintf("At least %d people were hurt and %d%% of homes lost power on Monday.\n", i+1, i%50), 1+i%9)
		}
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		args = append(args, p)
		if i == 30 {
			args = append(args, filepath.Join(dir, "missing.txt"))
		}
	}
	for _, format := range []string{"jsonl", "json", "csv", "table", "markdown"} {
		t.Run(format, func(t *testing.T) {
			one, oneErr, oneCode := cli(t, "", append([]string{"extract", "--format", format, "-j", "1"}, args...)...)
			require.Equal(t, exitError, oneCode, "a missing file")
			require.Contains(t, oneErr, "missing.txt")
			for _, j := range []string{"2", "5"} {
				many, manyErr, manyCode := cli(t, "", append([]string{"extract", "--format", format, "-j", j}, args...)...)
				assert.Equal(t, oneCode, manyCode)
				assert.Equal(t, oneErr, manyErr, "-j %s", j)
				assert.Equal(t, one, many, "-j %s", j)
			}
		})
	}
}

// wholeRead is what a plain-text document read whole gives: its view
// (source.New), the facts of facts.Extract over it, and the format's sink;
// and the warning the command prints for it.
func wholeRead(t *testing.T, name, text, format string) (stdout, stderr string) {
	t.Helper()
	d, err := source.New(name, []byte(text), name)
	require.NoError(t, err)
	o := &options{format: format}
	var out bytes.Buffer
	sink := newFactSink(&out, o)
	require.NoError(t, sink.begin())
	require.NoError(t, sink.doc(d, keptFacts(d, facts.Extract(name, d.Text), o)))
	require.NoError(t, sink.end())
	if d.Format == source.HTML && len(bytes.TrimSpace(d.Text)) == 0 {
		stderr = fmt.Sprintf("figcheck: %s: warning: no article text found in this HTML page\n", name)
	}
	if d.InvalidUTF8 > 0 {
		stderr += fmt.Sprintf("figcheck: %s: warning: %d invalid UTF-8 bytes replaced\n", name, d.InvalidUTF8)
	}
	return out.String(), stderr
}

// TestStreamedMatchesWhole: a plain-text or Markdown file or standard
// input is read block by block and its facts handed on in parts; output and
// messages are those of the same text read whole, for text in paragraphs,
// the same text on one line, a line of figures whose facts fill many parts,
// Markdown whose comments and fenced blocks hold blank lines, and an HTML
// page (streamed from a file; from standard input, spooled to a temporary
// file first).
func TestStreamedMatchesWhole(t *testing.T) {
	smallBlocks(t)
	para := "Officials said at least 25 people were hurt and 3% of homes lost power on Monday, " +
		"and repairs would cost about $2.5bn.\nCrews worked through the night; é ü \xff.\n\n"
	paras := "\xef\xbb\xbf" + strings.Repeat(para, (40<<10)/len(para))
	// Markdown over a MB is viewed in parts (source.MarkdownStream).
	mdPart := "## Toll rises to **31**\n\nAt least *25 people* died, [officials](http://x.org/1) said.\n\n" +
		"<!-- an editor's note: 12 dead\n\nnot counted -->\n\n```\ncode 44\n\nstill 45\n```\n\n" +
		"| region | dead |\n|---|--:|\n| north | 7 |\n\n> Quoted: 3% rose.\n\n"
	// (over source's first look of 1 MB; 40 KB with -short).
	mdSize := 1200 << 10
	if testing.Short() {
		mdSize = 40 << 10
	}
	md := "---\ndate: 2024-03-15\n---\n" + strings.Repeat(mdPart, mdSize/len(mdPart))
	// HTML is planned whole, then viewed in blocks; its view has newlines
	// the page has not (block tags, "&#10;"), which lines must not count.
	htmlPart := "<section><h2>Toll rises to 31</h2><p>At least 25&nbsp;people died,\nofficials said; costs &pound;1.2bn.</p>" +
		"<nav><p>12 links</p></nav><p>Line&#10;break: 7% rose \xff.<br>Then 40 homes</p></section>\n"
	page := "<!doctype html><html><head><title>5 things</title></head><body><aside><p>3 ads</p></aside><article>" +
		strings.Repeat(htmlPart, (40<<10)/len(htmlPart)) + "</article><article><p>2 short</p></article></body></html>\n"
	texts := map[string]string{
		"paragraphs": paras,
		"one line":   strings.ReplaceAll(paras, "\n", " "),
		"figures":    strings.Repeat("12 people died and 5% rose ", (8<<10)/27),
		"markdown":   md,
		"html":       page,
	}
	dir := t.TempDir()
	for name, text := range texts {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "_")+".txt")
		formats := []string{"jsonl", "json", "csv"}
		switch name {
		case "markdown":
			p = filepath.Join(dir, "report.md")
			formats = []string{"jsonl"}
		case "html":
			p = filepath.Join(dir, "page.html")
			formats = []string{"jsonl", "csv"}
		}
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		for _, format := range formats {
			want, wantErr := wholeRead(t, p, text, format)
			got, gotErr, code := cli(t, "", "extract", "--format", format, p)
			require.Equal(t, exitOK, code, gotErr)
			assert.Equal(t, wantErr, gotErr, "%s %s", name, format)
			require.Equal(t, strings.Count(want, "\n"), strings.Count(got, "\n"), "%s %s", name, format)
			assert.True(t, want == got, "%s %s: output differs", name, format)

			want, wantErr = wholeRead(t, source.StdinName, text, format)
			got, gotErr, code = cli(t, text, "extract", "--format", format, "-")
			require.Equal(t, exitOK, code, gotErr)
			assert.Equal(t, wantErr, gotErr, "%s %s, stdin", name, format)
			assert.True(t, want == got, "%s %s, stdin: output differs", name, format)
		}
		if name == "figures" {
			want, _ := wholeRead(t, p, text, "jsonl")
			require.Greater(t, len(want), 4*partSize, "the facts fill several parts")
		}
	}
}

// smallBlocks makes streamed documents read in blocks of 4 KB and a byte
// (which cut characters) and their facts handed on in parts of 8 KB, so
// that small test documents take many of each.
func smallBlocks(t *testing.T) {
	oldBlock, oldPart := streamBlock, partSize
	streamBlock, partSize = 4<<10+1, 8<<10
	t.Cleanup(func() { streamBlock, partSize = oldBlock, oldPart })
}

// TestPartsKeepOrder: documents whose facts fill several parts, on several
// workers, come out as one worker writes them.
func TestPartsKeepOrder(t *testing.T) {
	smallBlocks(t)
	dir := t.TempDir()
	var args []string
	for i := range 6 {
		p := filepath.Join(dir, fmt.Sprintf("%d.txt", i))
		text := strings.Repeat(fmt.Sprintf("%d people died and %d%% rose. ", i+2, i+5), (i%3)*(4<<10)/30+1)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		args = append(args, p)
	}
	for _, format := range []string{"jsonl", "json", "csv"} {
		one, oneErr, code := cli(t, "", append([]string{"extract", "--format", format, "-j", "1"}, args...)...)
		require.Equal(t, exitOK, code, oneErr)
		require.Greater(t, len(one), 2*partSize)
		many, manyErr, code := cli(t, "", append([]string{"extract", "--format", format, "-j", "3"}, args...)...)
		require.Equal(t, exitOK, code, manyErr)
		assert.True(t, one == many, "%s: -j 3 differs from -j 1", format)
	}
}

// TestStdinLimit: standard input past the size limit is an error, also
// when it is streamed, and the facts before the limit are kept.
func TestStdinLimit(t *testing.T) {
	old, oldBlock := maxInputSize, streamBlock
	maxInputSize, streamBlock = 1000, 100
	t.Cleanup(func() { maxInputSize, streamBlock = old, oldBlock })
	text := strings.Repeat("Now 7 people. ", 200)
	out, errOut, code := cli(t, text, "extract", "--format", "jsonl", "-")
	assert.Equal(t, exitError, code)
	assert.Equal(t, "figcheck: <stdin>: input larger than the 1000 bytes limit\n", errOut)
	recs := decodeLines(t, out)
	require.NotEmpty(t, recs)
	assert.Less(t, recs[len(recs)-1]["end"], float64(1000))
}

// TestHTMLSpoolErrors: an HTML page on standard input is spooled to a
// temporary file; a spool that cannot be made, or an input past the size
// limit, is an error on the document and the run fails.
func TestHTMLSpoolErrors(t *testing.T) {
	page := "<html><body><article>" + strings.Repeat("<p>At least 25 people died.</p>\n", 60) + "</article></body></html>"
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	out, errOut, code := cli(t, page, "extract", "--format", "jsonl", "-")
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "figcheck: <stdin>: an HTML page from a pipe is copied to a temporary file, which cannot be made (set TMPDIR to a writable directory): ")

	t.Setenv("TMPDIR", t.TempDir())
	old, oldBlock := maxInputSize, streamBlock
	maxInputSize, streamBlock = 1000, 100
	t.Cleanup(func() { maxInputSize, streamBlock = old, oldBlock })
	out, errOut, code = cli(t, page, "extract", "--format", "jsonl", "-")
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "figcheck: <stdin>: input larger than the 1000 bytes limit\n", errOut)
	entries, err := os.ReadDir(os.Getenv("TMPDIR"))
	require.NoError(t, err)
	assert.Empty(t, entries, "the spool is removed")
}

// TestCompareJobs: compare and check extract their documents with -j
// workers; the result, messages and exit code are those of one worker.
func TestCompareJobs(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "compare_real", "01_earthquake")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no story set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	files = append(files, filepath.Join(dir, "missing.txt"))
	for _, cmd := range []string{"compare", "check"} {
		one, oneErr, oneCode := cli(t, "", append([]string{cmd, "--format", "json", "-j", "1"}, files...)...)
		require.Contains(t, oneErr, "missing.txt")
		many, manyErr, manyCode := cli(t, "", append([]string{cmd, "--format", "json", "-j", "3"}, files...)...)
		assert.Equal(t, oneCode, manyCode, cmd)
		assert.Equal(t, oneErr, manyErr, cmd)
		assert.Equal(t, one, many, cmd)
		_, _, code := cli(t, "", append([]string{cmd, "-j", "0"}, files...)...)
		assert.Equal(t, 2, code, "%s -j 0", cmd)
	}
}

// TestNoHeldFactsWarning: no format holds a document's facts, html
// included (it lays out a streamed document's section as its text and
// facts come), so none warns of a document with many, nor of many
// documents of a few facts each.
func TestNoHeldFactsWarning(t *testing.T) {
	dir := t.TempDir()
	sentence := "At least 25 people died and 3% of homes lost power. 12 were hurt.\n"
	var small []string
	for i := range 3 {
		p := filepath.Join(dir, fmt.Sprintf("%d.txt", i))
		require.NoError(t, os.WriteFile(p, []byte(sentence), 0o644))
		small = append(small, p)
	}
	big := filepath.Join(dir, "big.txt")
	require.NoError(t, os.WriteFile(big, []byte(strings.Repeat(sentence, 3000)), 0o644))
	for _, format := range []string{"table", "markdown", "html", "jsonl", "json", "csv"} {
		_, errOut, code := cli(t, "", append([]string{"extract", "--format", format}, small...)...)
		require.Equal(t, exitOK, code, errOut)
		assert.Empty(t, errOut, "%s: three facts a document", format)
		_, errOut, code = cli(t, "", append([]string{"extract", "--format", format, big}, small...)...)
		require.Equal(t, exitOK, code, errOut)
		assert.Empty(t, errOut, format)
	}
}

// TestBinaryInputFails: a binary input is skipped with a message and the
// run exits 2 (SPEC.md: unreadable input), whichever path reads it: a file
// or standard input, small or past a streamed block, in extract, compare
// and check; the other inputs are still read.
func TestBinaryInputFails(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR 25 people"
	small := write("photo.txt", png)
	big := write("big.txt", png+strings.Repeat("\x00 12 people ", (2*streamBlock)/12))
	a := write("a.txt", "At least 25 people died on Monday.\n")
	b := write("b.txt", "At least 31 people died on Monday.\n")
	for _, bin := range []string{small, big} {
		out, errOut, code := cli(t, "", "extract", "--format", "jsonl", bin, a)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "figcheck: "+bin+": binary file, skipped\n", errOut)
		assert.Len(t, decodeLines(t, out), 2, "the other file is read: a count and a date")
		for _, cmd := range []string{"compare", "check"} {
			_, errOut, code = cli(t, "", cmd, a, b, bin)
			assert.Equal(t, exitError, code, cmd)
			assert.Equal(t, "figcheck: "+bin+": binary file, skipped\n", errOut, cmd)
		}
	}
	_, errOut, code := cli(t, png, "extract", "--format", "jsonl", "-")
	assert.Equal(t, exitError, code)
	assert.Equal(t, "figcheck: <stdin>: binary file, skipped\n", errOut)
}

// TestLongDocumentOnCores: one document long enough for its chunks to be
// read on several cores (parallelFrom), from a file, from standard input
// and as Markdown, gives the output of one reader byte for byte, in the
// streaming formats, a table and the html page (which reads it with one).
func TestLongDocumentOnCores(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 2*parallelFrom; i++ {
		fmt.Fprintf(&b, "The Greens won %d%% of the vote.\n\nIn Kent, %d%% said no, and %d people marched.\n\n", i%60, i%40, 100+i)
		if i%50 == 0 {
			b.WriteString("Police stopped 40 lorries at the border.\n\nSeven of them carried no papers.\n\nCountry Dead Injured\nFrance 12 40\nSpain 3 9\n\n")
		}
	}
	text := b.String()
	dir := t.TempDir()
	for _, name := range []string{"long.txt", "long.md"} {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		for _, format := range []string{"jsonl", "csv", "table", "html"} {
			one, oneErr, code := cli(t, "", "extract", "--format", format, "-j", "1", p)
			require.Equal(t, exitOK, code, oneErr)
			many, manyErr, code := cli(t, "", "extract", "--format", format, "-j", "3", p)
			require.Equal(t, exitOK, code, manyErr)
			assert.True(t, one == many, "%s %s: -j 3 differs from -j 1", name, format)
		}
	}
	one, _, code := cli(t, text, "extract", "--format", "jsonl", "-j", "1", "-")
	require.Equal(t, exitOK, code)
	many, _, code := cli(t, text, "extract", "--format", "jsonl", "-j", "3", "-")
	require.Equal(t, exitOK, code)
	assert.True(t, one == many, "standard input: -j 3 differs from -j 1")
}
