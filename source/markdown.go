package source

import (
	"bytes"
	"regexp"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

var (
	mdFence      = regexp.MustCompile("^[ \t]{0,3}(`{3,}|~{3,})")
	mdRefDef     = regexp.MustCompile(`^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S`)
	mdRule       = regexp.MustCompile(`^[ \t]{0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,}|=+[ \t]*)\r?$`)
	mdTableDelim = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$`)
	mdFrontDate  = regexp.MustCompile(`(?im)^(date|published|pubdate|publishdate|published_at|date_published)[ \t]*:[ \t]*["']?([^"'\r\n]+)`)
)

// markdownView returns the view of a Markdown document (text is valid
// UTF-8) and the date its front matter gives, if any.
func markdownView(text []byte) ([]byte, string) {
	return viewMarkdown(text, true, nil)
}

// viewMarkdown returns the view of text, the Markdown document or a part
// of it that starts where no comment or fenced block is open; front matter
// is looked for only at the start of a document. With cuts, it appends the
// offsets just past each blank line (empty or white space only) at which
// no comment or fenced block is open: the view of text up to such a cut
// does not depend on what follows (tables end at a blank line too).
func viewMarkdown(text []byte, frontMatter bool, cuts *[]int) ([]byte, string) {
	out := make([]byte, len(text))
	copy(out, text)
	date := ""
	body := 0
	if frontMatter {
		body = frontMatterEnd(out)
	}
	if body > 0 {
		if m := mdFrontDate.FindSubmatch(out[:body]); m != nil {
			date = isoDate(string(m[2]))
		}
		blankRange(out, 0, body)
	}
	comments := blankComments(out, body, cuts != nil)

	// Lines, as [start, end) without the newline.
	var lines [][2]int
	for i := body; i < len(out); {
		j := bytes.IndexByte(out[i:], '\n')
		if j < 0 {
			lines = append(lines, [2]int{i, len(out)})
			break
		}
		lines = append(lines, [2]int{i, i + j})
		i += j + 1
	}
	table := tableLines(out, lines)

	var fence []byte // the opening fence while inside a fenced block
	for li, ln := range lines {
		s, e := ln[0], ln[1]
		line := out[s:e]
		if cuts != nil && fence == nil && e < len(out) && len(bytes.Trim(line, " \t\r")) == 0 {
			for len(comments) > 0 && comments[0][1] <= e {
				comments = comments[1:]
			}
			if len(comments) == 0 || comments[0][0] > e {
				*cuts = append(*cuts, e+1)
			}
		}
		if fence != nil {
			if m := mdFence.FindSubmatch(line); m != nil && m[1][0] == fence[0] && len(m[1]) >= len(fence) &&
				len(bytes.TrimSpace(line[len(m[0]):])) == 0 {
				blankRange(out, s, e)
				fence = nil
			}
			continue // code is kept as written
		}
		if m := mdFence.FindSubmatch(line); m != nil {
			fence = append([]byte(nil), m[1]...)
			blankRange(out, s, e)
			continue
		}
		if mdRefDef.Match(line) || mdRule.Match(line) {
			blankRange(out, s, e)
			continue
		}
		if table[li] {
			if mdTableDelim.Match(line) {
				blankRange(out, s, e)
				continue
			}
			for k := s; k < e; k++ {
				if out[k] == '|' && (k == s || out[k-1] != '\\') {
					out[k] = ' '
				}
			}
		}
		p := blockMarkers(out, s, e)
		inline(out, p, e)
	}
	return out, date
}

// frontMatterEnd returns the end of a YAML front matter block ("---" lines)
// at the start of b, or 0.
func frontMatterEnd(b []byte) int {
	if !bytes.HasPrefix(b, []byte("---\n")) && !bytes.HasPrefix(b, []byte("---\r\n")) {
		return 0
	}
	i := bytes.IndexByte(b, '\n') + 1
	for i < len(b) && i < 64<<10 {
		j := bytes.IndexByte(b[i:], '\n')
		end := len(b)
		if j >= 0 {
			end = i + j
		}
		l := bytes.TrimRight(b[i:end], " \t\r")
		if string(l) == "---" || string(l) == "..." {
			return end
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	return 0
}

// blankComments blanks HTML comments from b[from:]; with spans, it returns
// where each starts and ends (a comment left open runs to the end of b).
func blankComments(b []byte, from int, spans bool) [][2]int {
	var out [][2]int
	for i := from; i < len(b); {
		j := bytes.Index(b[i:], []byte("<!--"))
		if j < 0 {
			break
		}
		j += i
		k := bytes.Index(b[j+4:], []byte("-->"))
		end := len(b)
		if k >= 0 {
			end = j + 4 + k + 3
		}
		blankRange(b, j, end)
		if spans {
			out = append(out, [2]int{j, end})
		}
		i = end
	}
	return out
}

// tableLines marks the lines of pipe tables: a header row with a pipe, a
// delimiter row under it, and the rows with pipes that follow.
func tableLines(b []byte, lines [][2]int) []bool {
	in := make([]bool, len(lines))
	for i := 1; i < len(lines); i++ {
		l := b[lines[i][0]:lines[i][1]]
		h := b[lines[i-1][0]:lines[i-1][1]]
		if !bytes.ContainsRune(h, '|') || !bytes.ContainsAny(l, "|-") || !mdTableDelim.Match(l) {
			continue
		}
		in[i-1], in[i] = true, true
		for j := i + 1; j < len(lines); j++ {
			r := b[lines[j][0]:lines[j][1]]
			if !bytes.ContainsRune(r, '|') || len(bytes.TrimSpace(r)) == 0 {
				break
			}
			in[j] = true
			i = j
		}
	}
	return in
}

// blockMarkers blanks the block quote marks, list markers, task boxes and
// heading marks at the start of the line b[s:e] and returns where its text
// starts.
func blockMarkers(b []byte, s, e int) int {
	p := s
	skipSpace := func() {
		for p < e && (b[p] == ' ' || b[p] == '\t') {
			p++
		}
	}
	spaceAt := func(i int) bool { return i >= e || b[i] == ' ' || b[i] == '\t' || b[i] == '\r' }
	list := false
	for n := 0; n < 16; n++ {
		skipSpace()
		if p >= e {
			return p
		}
		switch c := b[p]; {
		case c == '>':
			b[p] = ' '
			p++
			continue
		case (c == '-' || c == '*' || c == '+') && spaceAt(p+1):
			b[p] = ' '
			p++
			list = true
			continue
		case isDigit(c):
			q := p
			for q < e && q-p < 9 && isDigit(b[q]) {
				q++
			}
			if q < e && (b[q] == '.' || b[q] == ')') && spaceAt(q+1) {
				blankRange(b, p, q+1)
				p = q + 1
				list = true
				continue
			}
		case c == '[' && list && p+2 < e && b[p+2] == ']' && (b[p+1] == ' ' || b[p+1] == 'x' || b[p+1] == 'X') && spaceAt(p+3):
			blankRange(b, p, p+3)
			p += 3
			continue
		}
		break
	}
	// ATX heading: "## Title ##".
	q := p
	for q < e && b[q] == '#' {
		q++
	}
	if q > p && q-p <= 6 && spaceAt(q) {
		blankRange(b, p, q)
		p = q
		t := e
		for t > p && (b[t-1] == ' ' || b[t-1] == '\t' || b[t-1] == '\r') {
			t--
		}
		h := t
		for h > p && b[h-1] == '#' {
			h--
		}
		if h < t && (h == p || b[h-1] == ' ' || b[h-1] == '\t') {
			blankRange(b, h, t)
		}
	}
	return p
}

// inline blanks the inline markup of b[s:e]: escapes, code backticks,
// links, images, autolinks, HTML tags, emphasis; character references are
// decoded in place. It works in time linear in the line's length, whatever
// the line holds.
func inline(b []byte, s, e int) {
	spans := scanSpans(b, s, e)
	cur := 0 // next backtick run
	for i := s; i < e; {
		switch c := b[i]; c {
		case '\\':
			if i+1 < e && isASCIIPunct(b[i+1]) {
				b[i] = ' '
				i += 2
				continue
			}
		case '`':
			for cur < len(spans.runs) && spans.runs[cur].start < i {
				cur++
			}
			n := run(b, i, e, '`')
			if cur < len(spans.runs) && spans.runs[cur].start == i {
				if k := spans.closing[cur]; k >= 0 && spans.runs[k].start-i <= maxCodeSpan {
					end := spans.runs[k].start
					blankRange(b, i, i+n)
					blankRange(b, end, end+n)
					i = end + n
					continue
				}
			}
			i += n
			continue
		case '!':
			if i+1 < e && b[i+1] == '[' {
				if end, _, ok := link(b, i+1, e, spans.brackets); ok {
					blankRange(b, i, end)
					i = end
					continue
				}
			}
		case '[':
			if end, textEnd, ok := link(b, i, e, spans.brackets); ok {
				b[i] = ' '
				blankRange(b, textEnd, end)
			}
		case '<':
			if end := tagOrAutolink(b, i, e); end > i {
				blankRange(b, i, end)
				i = end
				continue
			}
		case '&':
			if j := entityEnd(b, i); j > i+1 {
				ref := string(b[i:j])
				if dec := html.UnescapeString(ref); dec != ref && len(dec) <= len(ref) {
					k := i + copy(b[i:j], dec)
					blankRange(b, k, j)
				}
				i = j
				continue
			}
		case '*', '_', '~':
			n := run(b, i, e, c)
			if (c != '~' || n == 2) && emphasis(b, i, i+n, s, e, c) {
				blankRange(b, i, i+n)
			}
			i += n
			continue
		}
		i++
	}
}

// Longest link destination and code span looked for.
const (
	maxLinkDest = 4 << 10
	maxCodeSpan = 16 << 10
	maxNesting  = 32
)

// spans are the brackets and backtick runs of a line, matched in one pass.
type spans struct {
	brackets map[int]int // '[' offset → offset of its ']'
	runs     []codeRun   // backtick runs in order
	closing  []int       // index of the next run of the same length, or -1
}

type codeRun struct{ start, n int }

func scanSpans(b []byte, s, e int) spans {
	var sp spans
	if !bytes.ContainsAny(b[s:e], "[`") {
		return sp
	}
	var open []int
	for i := s; i < e; i++ {
		switch b[i] {
		case '\\':
			if i+1 < e && isASCIIPunct(b[i+1]) {
				i++
			}
		case '[':
			if len(open) < maxNesting {
				open = append(open, i)
			}
		case ']':
			if len(open) > 0 {
				if sp.brackets == nil {
					sp.brackets = map[int]int{}
				}
				sp.brackets[open[len(open)-1]] = i
				open = open[:len(open)-1]
			}
		case '`':
			n := run(b, i, e, '`')
			sp.runs = append(sp.runs, codeRun{i, n})
			i += n - 1
		}
	}
	sp.closing = make([]int, len(sp.runs))
	last := map[int]int{}
	for k := len(sp.runs) - 1; k >= 0; k-- {
		sp.closing[k] = -1
		if j, ok := last[sp.runs[k].n]; ok {
			sp.closing[k] = j
		}
		last[sp.runs[k].n] = k
	}
	return sp
}

// run returns the length of the run of c starting at b[i].
func run(b []byte, i, e int, c byte) int {
	n := 0
	for i+n < e && b[i+n] == c {
		n++
	}
	return n
}

// link parses a link at b[i] == '[': "[text](dest "title")", "[text][ref]"
// or "[text][]", the text's closing bracket being brackets[i]. It returns
// the end of the whole link and the offset of that closing bracket. The
// destination is not looked for past a '[' nor beyond maxLinkDest.
func link(b []byte, i, e int, brackets map[int]int) (end, textEnd int, ok bool) {
	j, ok := brackets[i]
	if !ok || j+1 >= e {
		return 0, 0, false
	}
	lim := min(e, j+1+maxLinkDest)
	switch b[j+1] {
	case '(':
		depth := 0
		for k := j + 1; k < lim && b[k] != '['; k++ {
			switch b[k] {
			case '\\':
				k++
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return k + 1, j, true
				}
			}
		}
	case '[':
		for k := j + 2; k < lim && b[k] != '['; k++ {
			if b[k] == ']' {
				return k + 1, j, true
			}
		}
	}
	return 0, 0, false
}

var (
	mdAutolink = regexp.MustCompile(`^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>`)
	mdHTMLTag  = regexp.MustCompile(`^</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>`)
)

// tagOrAutolink returns the end of an autolink or HTML tag at b[i] == '<',
// or i.
func tagOrAutolink(b []byte, i, e int) int {
	if loc := mdAutolink.FindIndex(b[i:e]); loc != nil {
		return i + loc[1]
	}
	if loc := mdHTMLTag.FindIndex(b[i:e]); loc != nil {
		return i + loc[1]
	}
	return i
}

// emphasis reports whether the run b[i:j] of c is an emphasis delimiter:
// CommonMark's flanking rules, plus: a '*' between two digits is a
// multiplication sign.
func emphasis(b []byte, i, j, s, e int, c byte) bool {
	prev, next := ' ', ' '
	if i > s {
		prev, _ = utf8.DecodeLastRune(b[s:i])
	}
	if j < e {
		next, _ = utf8.DecodeRune(b[j:e])
	}
	space := func(r rune) bool { return unicode.IsSpace(r) }
	punct := func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
	left := !space(next) && (!punct(next) || space(prev) || punct(prev))
	right := !space(prev) && (!punct(prev) || space(next) || punct(next))
	switch c {
	case '*':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return false
		}
		return left || right
	case '_':
		return left && (!right || punct(prev)) || right && (!left || punct(next))
	}
	return left || right
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !isDigit(c) && !(c|0x20 >= 'a' && c|0x20 <= 'z')
}
