package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// streamedView views text with a MarkdownStream fed blocks of size bytes
// (cut at character boundaries, as the command's sanitizer cuts them), and
// looks for a cut after every block.
func streamedView(t *testing.T, text []byte, size int) ([]byte, string) {
	t.Helper()
	old := minViewBlock
	minViewBlock = 1
	t.Cleanup(func() { minViewBlock = old })
	var m MarkdownStream
	var out []byte
	for len(text) > 0 {
		n := min(size, len(text))
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		out = append(out, m.Write(text[:n])...)
		text = text[n:]
	}
	out = append(out, m.Close()...)
	return out, m.Date()
}

// TestMarkdownStream: the views a MarkdownStream hands on, joined, are the
// view of the whole document, for documents whose comments, fenced blocks,
// tables and front matter run across blocks, and for every Markdown file of
// testdata.
func TestMarkdownStream(t *testing.T) {
	docs := map[string]string{
		"front matter":               "---\ntitle: x\ndate: 2024-03-15\n---\n\n# Toll 31\n\nText 5.\n\n---\nnot: front\n---\n\n**12** people\n",
		"comment across blank lines": "a 1\n\n<!-- hidden\n\n25 people\n\n-->\n\nshown 7\n\n<!-- open to the end\n\n9 dead\n",
		"fence across blank lines":   "x 1\n\n```\ncode 2\n\n<!--\n\n```\n\n*after* 3\n\n~~~~\n\n~~~\n\nstill code 4\n",
		"table at a blank line":      "| a | 1 |\n|---|--:|\n| b | 2 |\n\n| c | 3 |\n\n|---|\n\nnext 4\n",
		"CRLF":                       "# T 1\r\n\r\n**2** x\r\n \t\r\n<!-- c\r\n\r\n-->\r\n\r\n`3`\r\n",
		"no blank line":              strings.Repeat("*word* 12 people ", 200),
		"front matter only":          "---\ndate: 2024-01-02\n---\n",
		"starts with a rule":         "---\n\n**5** x\n\n---\nfake: front\n---\n",
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*", "*.md"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		docs[f] = string(b)
	}
	for name, doc := range docs {
		want, wantDate := markdownView([]byte(doc))
		for _, size := range []int{1, 2, 3, 7, 64, 1000, len(doc) + 1} {
			got, date := streamedView(t, []byte(doc), size)
			require.Equal(t, string(want), string(got), "%s, blocks of %d", name, size)
			assert.Equal(t, wantDate, date, "%s, blocks of %d", name, size)
		}
	}
}

// TestMarkdownStreamCuts: a stream hands on text before the whole document
// is in, and never within an open comment or fenced block.
func TestMarkdownStreamCuts(t *testing.T) {
	old := minViewBlock
	minViewBlock = 1
	t.Cleanup(func() { minViewBlock = old })
	var m MarkdownStream
	assert.Equal(t, "a 1\n\n", string(m.Write([]byte("a 1\n\n<!-- b\n\n"))))
	assert.Empty(t, m.Write([]byte("c 2\n\n")), "inside a comment")
	// Once the comment is closed, and the text in hand has doubled since
	// the last look: all of it up to the last blank line outside a fence.
	whole, _ := markdownView([]byte("a 1\n\n<!-- b\n\nc 2\n\n-->\n\n```\n\n```\n\n```\n\n"))
	view := m.Write([]byte("-->\n\n```\n\n```\n\n```\n\n"))
	assert.Equal(t, len("<!-- b\n\nc 2\n\n-->\n\n```\n\n```\n\n"), len(view), "not past the open fence")
	assert.Equal(t, string(whole[5:5+len(view)]), string(view))
	assert.Equal(t, string(whole[5+len(view):]), string(m.Close()))
}

func FuzzMarkdownStream(f *testing.F) {
	for _, s := range []string{"---\ndate: 2024-01-02\n---\n\n# a\n", "a\n\n<!--\n\nb\n\n-->\n\nc", "```\n\nx\n\n```\n\ny",
		"| a |\n|---|\n\n| b |\n", "a\r\n\r\n*b*\r\n", "\n\n\n", "~~~\n\n````\n\n~~~\n"} {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, raw []byte, size uint8) {
		text, _ := sanitize(raw)
		want, wantDate := markdownView(text)
		got, date := streamedView(t, text, int(size)+1)
		if string(got) != string(want) || date != wantDate {
			t.Fatalf("streamed view differs:\n%q\nwant\n%q", got, want)
		}
	})
}
