package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func load(t *testing.T, name string) *Doc {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "cli", name))
	require.NoError(t, err)
	d, err := New(name, raw, name)
	require.NoError(t, err)
	require.Len(t, d.Text, len(raw), "a view keeps the input's length")
	return d
}

// sameOffset checks that s stands in the view where it stands in the input.
func sameOffset(t *testing.T, d *Doc, s string) {
	t.Helper()
	i := bytes.Index(d.Raw, []byte(s))
	require.GreaterOrEqual(t, i, 0, "%q is in the input", s)
	assert.Equal(t, s, string(d.Text[i:i+len(s)]), "%q at the same offset in the view", s)
}

func TestHTMLView(t *testing.T) {
	d := load(t, "quake_c.html")
	assert.Equal(t, HTML, d.Format)
	assert.Equal(t, "2024-03-14", d.Date, "article:published_time")
	view := string(d.Text)

	for _, s := range []string{"At least 25 people died", "about 140 were injured", "magnitude 6.1",
		"1,200 homes", "$2.5 billion", "Earthquake kills 25 in northern hills"} {
		sameOffset(t, d, s)
	}
	for _, s := range []string{"pageViews", "1000000", "300px", "Top 10", "Most read", "2024 The Daily",
		"300x250", "Earthquake: 25 dead", "<p>", "href", "DOCTYPE"} {
		assert.NotContains(t, view, s, "outside the article body")
	}
	// Entities decoded in place, padded to their length.
	assert.Contains(t, view, "Thursday\u00a0    morning")
	assert.Contains(t, view, "damaged &     repairs")
	assert.Contains(t, view, "Roughly 19%     of schools")
	// Block tags end in a newline: paragraphs stay apart.
	assert.Regexp(t, `magnitude 6\.1 hit the region on Thursday\x{a0} +morning\. *\n`, view)
	// Lines are those of the input.
	i := strings.Index(string(d.Raw), "magnitude 6.1")
	assert.Equal(t, 16, d.Line(i))
}

func TestHTMLContainer(t *testing.T) {
	cases := []struct {
		name, page string
		keep, drop []string
	}{
		{"largest article", `<html><body><article><p>Teaser: 3 dead</p></article>
<article><h2>Main story</h2><p>At least 25 people were killed, officials said on Monday.</p></article></body></html>`,
			[]string{"At least 25 people were killed", "Main story"}, []string{"Teaser"}},
		{"main without article", `<body><nav>Menu 1 2 3</nav><div>Sidebar 99</div><main><p>Some 40 homes burned.</p></main></body>`,
			[]string{"Some 40 homes burned."}, []string{"Menu", "Sidebar"}},
		{"body", `<!doctype html><html><head><title>T 5</title></head><body><header>Site 7</header>
<div class="story"><p>Prices rose 3% in May.</p><script>x=1</script><noscript>Enable JS 8</noscript>
<form>Search 9</form></div><footer>(c) 2024</footer></body></html>`,
			[]string{"Prices rose 3% in May."}, []string{"T 5", "Site 7", "x=1", "Enable JS", "Search 9", "2024"}},
		{"fragment", `<p>Turnout was 61.2%,</p> <p>up from 58%.</p>`,
			[]string{"Turnout was 61.2%,", "up from 58%."}, nil},
		{"no head tag", `<title>Site 4</title><meta name="date" content="2023-11-02"><p>Only 12 left.</p>`,
			[]string{"Only 12 left."}, []string{"Site 4"}},
		{"unclosed tags", `<body><article><p>First 10<p>Second 20<li>Third 30</article><p>After 40`,
			[]string{"First 10", "Second 20", "Third 30"}, []string{"After 40"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := New("x.html", []byte(c.page), "x.html")
			require.NoError(t, err)
			require.Equal(t, HTML, d.Format)
			require.Len(t, d.Text, len(c.page))
			for _, s := range c.keep {
				sameOffset(t, d, s)
			}
			for _, s := range c.drop {
				assert.NotContains(t, string(d.Text), s)
			}
		})
	}
}

func TestHTMLDates(t *testing.T) {
	for page, want := range map[string]string{
		`<meta property="article:published_time" content="2024-03-14T09:30:00Z"><p>x</p>`:                                     "2024-03-14",
		`<meta itemprop="datePublished" content="2022-02-24"><p>x</p>`:                                                        "2022-02-24",
		`<body><article><time datetime="2021-06-01T10:00" pubdate>1 June</time><p>x</p></article></body>`:                     "2021-06-01",
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2020-01-31T08:00:00Z"}</script><p>x</p>`: "2020-01-31",
		`<body><p>No date here, only 25 people.</p></body>`:                                                                   "",
	} {
		d, err := New("x.html", []byte(page), "x.html")
		require.NoError(t, err)
		assert.Equal(t, want, d.Date, page)
	}
}

func TestDecodeEntities(t *testing.T) {
	for in, want := range map[string]string{
		"a &amp; b":        "a &     b",
		"&#8212;":          "—    ",
		"&#x2014;x":        "—     x",
		"&lt;25":           "<   25",
		"25&nbsp;km":       "25\u00a0    km",
		"&unknown; AT&T &": "&unknown; AT&T &",
		"&copy2024":        "©2024   ",
		"&nGt;":            "&nGt;", // decodes to more bytes than written: kept
		"&#;&#x;":          "&#;&#x;",
		"1&thinsp;000":     "1\u2009     000",
	} {
		out := make([]byte, len(in))
		decodeEntities(out, []byte(in))
		assert.Equal(t, want, string(out), in)
		assert.Len(t, out, len(in))
	}
}

func TestMarkdownView(t *testing.T) {
	d := load(t, "quake_b.md")
	assert.Equal(t, Markdown, d.Format)
	assert.Equal(t, "2024-03-15", d.Date, "front matter date")
	view := string(d.Text)
	for _, s := range []string{"Quake toll rises to 31", "risen to 31 people", "152 people", "health ministry",
		"Nearly 1,500 homes", "$3.1 billion", "About 20%", "We are still finding people", "6.1", "04:10"} {
		sameOffset(t, d, s)
	}
	for _, s := range []string{"title:", "#", "**", "*By", "https://", "2024/03/15", "](", "- Nearly", "> "} {
		assert.NotContains(t, view, s)
	}
	assert.Equal(t, bytes.Count(d.Raw, []byte("\n")), bytes.Count(d.Text, []byte("\n")), "newlines stay")
	for i, c := range d.Raw {
		if c == '\n' {
			require.Equal(t, byte('\n'), d.Text[i], "newline at %d", i)
		}
	}
}

func TestMarkdownMarkup(t *testing.T) {
	cases := []struct{ in, want string }{
		{"## Toll rises to 31 ##", "   Toll rises to 31   "},
		{"#hashtag 5", "#hashtag 5"},
		{"1. First 25 dead", "   First 25 dead"},
		{"- [x] 40 homes", "      40 homes"},
		{"> > quoted 7%", "    quoted 7%"},
		{"**25** killed, _about_ 19% and ~~30~~ 31", "  25   killed,  about  19% and   30   31"},
		{"snake_case_name and 5*3 and ~19% and 2 * 3", "snake_case_name and 5*3 and ~19% and 2 * 3"},
		{"see [the report](http://x.org/a_(b)/2024 \"T 1\") now", "see  the report" + strings.Repeat(" ", 33) + "now"},
		{"![chart 12%](img.png) text", "                      text"},
		{"[ref link][r1] and [sic]", " ref link      and [sic]"},
		{"[r1]: http://example.org/2024", "                             "},
		{"code `x = 42` here", "code  x = 42  here"},
		{"\\*not emphasis\\* 3", " *not emphasis * 3"},
		{"<https://x.org/1> and <b>bold 2</b>", "                  and    bold 2    "},
		{"a <!-- hidden 9 --> b", "a                   b"},
		{"R&amp;D costs 5", "R&    D costs 5"},
		{"| a | 1 |\n|---|--:|\n| b | 2 |", "  a   1  \n         \n  b   2  "},
		{"Title\n=====\ntext 3", "Title\n     \ntext 3"},
		{"```go\nx := 1\n```\nafter 2", "     \nx := 1\n   \nafter 2"},
	}
	for _, c := range cases {
		got, _ := markdownView([]byte(c.in))
		assert.Equal(t, c.want, string(got), c.in)
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		text, hint string
		want       Format
	}{
		{"<!DOCTYPE html><html><body>x</body></html>", "a.txt", HTML},
		{"  <!-- c --><html>", "", HTML},
		{"Price 5 <b>up</b>", "a.html", HTML},
		{"No tags at all 5 < 6", "a.html", Text},
		{"<p>One</p><p>Two</p><div>3</div>", "", HTML},
		{"# Heading\n\ntext", "", Markdown},
		{"See [x](http://y) 5", "", Markdown},
		{"plain * text", "a.md", Markdown},
		{"Plain news text. 25 people died.\n- a dash line", "a.txt", Text},
		{"5 < 6 and 7 > 3", "", Text},
	} {
		assert.Equal(t, c.want, Detect([]byte(c.text), c.hint), "%q %s", c.text, c.hint)
	}
}

func TestBinaryAndUTF8(t *testing.T) {
	_, err := New("x", []byte("text\x00more"), "")
	assert.ErrorIs(t, err, ErrBinary)
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(i*7919%251 + 1)
	}
	_, err = New("x", noise, "")
	assert.ErrorIs(t, err, ErrBinary, "mostly non-text")

	latin1 := []byte("Caf\xe9 prices rose 3% in K\xf6ln.\n")
	d, err := New("x", latin1, "")
	require.NoError(t, err)
	assert.Equal(t, 2, d.InvalidUTF8)
	assert.Equal(t, "Caf? prices rose 3% in K?ln.\n", string(d.Text))
	assert.Equal(t, "Caf\xe9", string(d.Raw[:4]), "the input is not modified")

	d, err = New("x", []byte("\xef\xbb\xbf# 25 dead"), "")
	require.NoError(t, err)
	assert.Equal(t, "     25 dead", string(d.Text), "byte-order mark blanked")
	assert.Equal(t, 0, d.InvalidUTF8)

	d, err = New("x", nil, "")
	require.NoError(t, err)
	assert.Empty(t, d.Text)
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.md", "c.html", "sub/d.htm", "sub/e.markdown", "notes.pdf", ".hidden.txt", ".git/x.txt"} {
		p := filepath.Join(dir, f)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o644))
	}
	ins := Expand([]string{dir}, false)
	require.Len(t, ins, 1)
	assert.ErrorContains(t, ins[0].Err, "is a directory")

	var names []string
	for _, in := range Expand([]string{"-", dir, "missing.txt"}, true) {
		require.NoError(t, in.Err)
		names = append(names, in.Name)
	}
	assert.Equal(t, []string{StdinName,
		filepath.Join(dir, "a.md"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.html"),
		filepath.Join(dir, "sub", "d.htm"), filepath.Join(dir, "sub", "e.markdown"), "missing.txt"}, names)

	empty := t.TempDir()
	ins = Expand([]string{empty}, true)
	require.Len(t, ins, 1)
	assert.NotEmpty(t, ins[0].Warning)
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	require.NoError(t, os.WriteFile(p, bytes.Repeat([]byte("x"), 2000), 0o644))

	_, err := Input{Name: p, Path: p}.Read(nil, 1000)
	var se *SizeError
	require.True(t, errors.As(err, &se))
	assert.EqualError(t, err, "file too large (2000 bytes, the limit is 1000 bytes)")

	b, err := Input{Name: p, Path: p}.Read(nil, 2000)
	require.NoError(t, err)
	assert.Len(t, b, 2000)

	_, err = Input{Name: StdinName, Stdin: true}.Read(strings.NewReader(strings.Repeat("y", 3<<20)), 2<<20)
	assert.EqualError(t, err, "input larger than the 2 MB limit")

	_, err = Input{Name: "nope", Path: filepath.Join(dir, "nope")}.Read(nil, 0)
	assert.EqualError(t, err, "no such file or directory")

	_, err = Input{Name: dir, Path: dir}.Read(nil, 0)
	assert.ErrorContains(t, err, "is a directory")
}

func TestLine(t *testing.T) {
	d, err := New("x", []byte("a\nbb\n\nccc"), "")
	require.NoError(t, err)
	for off, want := range map[int]int{0: 1, 1: 1, 2: 2, 5: 3, 6: 4, 8: 4} {
		assert.Equal(t, want, d.Line(off), "offset %d", off)
	}
}

// FuzzNew checks that any input gives a view of its length, without
// panicking.
func FuzzNew(f *testing.F) {
	for _, s := range []string{"<p>a &amp; b</p>", "# h\n**x**", "[a](b", "<article><p>1", "&#xFFFFFFFF;", "\xff\xfe<p>",
		"<script>", "---\ndate: 2024-01-02\n---\n", "| a |\n|---|\n", "<plaintext>&amp;", "```\n<!--"} {
		f.Add([]byte(s), "x.html")
		f.Add([]byte(s), "x.md")
	}
	f.Fuzz(func(t *testing.T, raw []byte, hint string) {
		d, err := New("x", raw, hint)
		if err != nil {
			return
		}
		if len(d.Text) != len(raw) {
			t.Fatalf("view length %d, input %d", len(d.Text), len(raw))
		}
	})
}
