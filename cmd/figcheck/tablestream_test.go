package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// batchTable is the table extract wrote before it streamed tables: each
// document read whole, every row in memory, tablewriter's batch renderer.
func batchTable(t *testing.T, o *options, files []string) string {
	t.Helper()
	var out bytes.Buffer
	tab := newTable(&out, o.format == "markdown")
	tab.Header(tableHeader(o))
	for _, p := range files {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		d, err := source.New(p, raw, p)
		require.NoError(t, err)
		a := &app{stderr: io.Discard}
		require.True(t, a.eachFact(d, o, func(f *facts.Fact) {
			context := ""
			if o.context > 0 {
				context = snippet(d.Text, *f, o.context)
			}
			require.NoError(t, tab.Append(tableRow(f, o, context)))
		}))
	}
	require.NoError(t, tab.Render())
	return out.String()
}

// streamedInputs writes documents that take the streamed table's every
// path: a figure whose context is not read yet when it is found (small
// blocks), a figure followed by more than a window of text without one,
// a long sentence, Markdown and HTML, and a name with two spaces in a row
// (a cell the streaming renderer would fold: the batch renderer's turn).
func streamedInputs(t *testing.T) []string {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	para := "Officials said at least 25 people were hurt and 3% of homes lost power on Monday.\n\n"
	prose := strings.Repeat("Crews worked through the night to clear the roads near the river. ", 40) + "\n\n"
	var long strings.Builder
	for range 2 {
		long.WriteString(para)
		for range 600 {
			long.WriteString(prose) // 1.6 MB without a figure
		}
	}
	long.WriteString("The toll rose to 31 by evening, up from 25, with $2.5bn in damage.\n")
	list := "Crops lost: " + strings.Repeat("12 tonnes of wheat, 3,000 head of cattle, ", 300) + "and 5 barns.\n"
	md := "# Floods\n\nAt *least* 40 people died, officials said.\n\n" + strings.Repeat("- 12 homes were lost\n", 50)
	html := "<html><body><article>" + strings.Repeat("<p>At least 25 people died and 1,200 were displaced.</p>\n", 80) + "</article></body></html>"
	return []string{
		write("long.txt", long.String()),
		write("list.txt", list),
		write("floods.md", md),
		write("page.html", html),
		write("two  spaces.txt", para),
	}
}

// TestTableMatchesBatch: the streamed table, its rows in a temporary file
// and its documents read block by block, is byte for byte what the batch
// renderer gives, in both table formats, with and without the context
// column and colours.
func TestTableMatchesBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("a 3 MB document")
	}
	inputs := streamedInputs(t)
	for _, p := range articles {
		inputs = append(inputs, filepath.Join("..", "..", "testdata", "cli", p))
	}
	oldSpool, oldBlock := spoolAfter, streamBlock
	t.Cleanup(func() { spoolAfter, streamBlock = oldSpool, oldBlock })
	for _, format := range []string{"table", "markdown"} {
		for _, args := range [][]string{{}, {"--context", "0"}, {"--context", "15", "--color", "always"}} {
			name := format + " " + strings.Join(args, " ")
			o := &options{}
			fs := newCommand("extract", o)
			require.NoError(t, fs.Parse(append([]string{"--format", format}, args...)))
			require.Empty(t, o.check(io.Discard))
			want := batchTable(t, o, inputs)
			for _, small := range []bool{false, true} {
				spoolAfter, streamBlock = oldSpool, oldBlock
				if small {
					spoolAfter, streamBlock = 0, 300
				}
				got, errOut, code := cli(t, "", append(append([]string{"extract", "--quiet", "--format", format}, args...), inputs...)...)
				require.Equal(t, exitOK, code, errOut)
				require.Empty(t, errOut)
				if !assert.Equal(t, want, got, "%s (small blocks: %v)", name, small) {
					return
				}
			}
		}
	}
}

// TestGoldenSpooled: the golden tables and page come out the same with
// their rows or sections in the temporary file.
func TestGoldenSpooled(t *testing.T) {
	inTestdata(t)
	old := spoolAfter
	spoolAfter = 0
	t.Cleanup(func() { spoolAfter = old })
	for _, format := range []string{"table", "markdown", "html"} {
		out, errOut, code := cli(t, "", append([]string{"extract", "--color", "never", "--format", format}, articles...)...)
		assert.Equal(t, exitOK, code)
		assert.Empty(t, errOut)
		golden(t, "extract."+format, out)
	}
}

// TestSpoolErrors: when the temporary file of a table or page cannot be
// made, the command says so and what to do, and fails.
func TestSpoolErrors(t *testing.T) {
	old := spoolAfter
	t.Cleanup(func() { spoolAfter = old })
	p := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(p, []byte("At least 25 people died.\n"), 0o644))
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))

	spoolAfter = 0
	out, errOut, code := cli(t, "", "extract", "--format", "markdown", p)
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "figcheck: --format markdown: a long table keeps its rows in a temporary file until its column widths are known, which cannot be made (set TMPDIR to a writable directory): ")
	assert.Equal(t, 1, strings.Count(errOut, "\n"), "one message")

	out, errOut, code = cli(t, "", "extract", "--format", "html", p)
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "figcheck: --format html: a long page keeps its documents in a temporary file until its top is written, which cannot be made (set TMPDIR to a writable directory): ")
	assert.Equal(t, 1, strings.Count(errOut, "\n"), "one message")

	spoolAfter = 1 << 20
	out, errOut, code = cli(t, "", "extract", "--format", "markdown", p)
	assert.Equal(t, exitOK, code, "a short table needs no file")
	assert.Empty(t, errOut)
	assert.Contains(t, out, "25 people")
}

// TestSingleSpaced: the cells the streaming renderer keeps as they are.
func TestSingleSpaced(t *testing.T) {
	for c, want := range map[string]bool{
		"": true, "a": true, "25 people": true, "≥ 25": true, "\x1b[36mcount\x1b[0m": true,
		"a  b": false, " a": false, "a ": false, "a\nb": false, "a\tb": false, "a\u00a0b": false,
	} {
		assert.Equal(t, want, singleSpaced(c), "%q", c)
	}
}

// TestCellWidth: a cell's width is the one tablewriter gives its column.
func TestCellWidth(t *testing.T) {
	for _, c := range []string{"", "25 people", "≥ 25", "日本", "\x1b[36mcount\x1b[0m", "…at least"} {
		var buf bytes.Buffer
		tab := newTable(&buf, false)
		tab.Header([]string{c})
		require.NoError(t, tab.Render())
		top := strings.SplitN(buf.String(), "\n", 2)[0]
		assert.Equal(t, len([]rune(top))-2, cellWidth(c), "%q: the width of the rule above it, corners aside", c)
	}
}

// TestTextWindowHoldsFacts: a fact whose context runs past the text
// viewed so far waits for it, and the facts after it wait too, so that the
// rows keep their order; its context is then the one the whole text gives.
func TestTextWindowHoldsFacts(t *testing.T) {
	text := []byte("At least 25 people died on Monday. " + strings.Repeat("Rain fell. ", 60) + "Then 7 more.")
	d, err := source.New("x", text, "")
	require.NoError(t, err)
	fs := facts.Extract("x", d.Text)
	require.GreaterOrEqual(t, len(fs), 2)
	o := &options{format: "table", context: 40}
	var rows []byte
	parts := 0
	out := newDocOutput(newWorker(o), o, func(r *docResult) {
		rows = append(rows, r.out...)
		parts++
	})
	out.view(text[:40], nil)
	out.add(&fs[0]) // its fallback context would read up to 400 bytes on
	assert.Len(t, out.win.pending, 1, "held: the text after it is not viewed yet")
	out.add(&fs[1])
	assert.Len(t, out.win.pending, 2, "held behind the first")
	out.view(text[40:], nil)
	assert.Empty(t, out.win.pending, "all the text is in")
	out.done()
	assert.Equal(t, 1, parts)

	r := bufio.NewReader(bytes.NewReader(rows))
	for i := range 2 {
		row, _, err := readRow(r, len(tableHeader(o)), nil)
		require.NoError(t, err)
		assert.Equal(t, tableRow(&fs[i], o, snippet(d.Text, fs[i], 40)), row)
	}
	_, _, err = readRow(r, len(tableHeader(o)), nil)
	assert.ErrorIs(t, err, io.EOF)
}
