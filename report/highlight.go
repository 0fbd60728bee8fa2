package report

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is one figure to highlight in a document's text.
type span struct {
	Start, End int    // byte offsets into the text
	Status     string // data-status
	ID         string // what picking the figure selects: a group, or a fact
	Title      string // the tooltip
}

// A piece of an article as shown: plain text, or a highlighted figure.
type piece struct {
	Text string
	Mark *mark
}

// mark is a highlighted figure. IDs lists what it stands for: the outer
// figure first, then any figure it overlaps (those get no mark of their
// own, so the markup never breaks).
type mark struct {
	Anchor     string // the element id
	Doc        string
	Start, End int
	Status     string
	IDs        string // space-separated
	Title      string
}

// layout cuts text into plain pieces and marks. Spans are taken by start,
// longest first; a span that starts inside an earlier one is folded into
// it. Spans outside the text, empty, or not on character boundaries are
// left out. anchors maps each span's ID (and "ID@start") to the anchor of
// the mark showing it. Runs of blank lines in the text are shown as one.
func layout(doc string, docIdx int, text []byte, spans []span) (pieces []piece, anchors map[string]string) {
	valid := make([]span, 0, len(spans))
	for _, s := range spans {
		if s.Start >= 0 && s.End <= len(text) && s.Start < s.End &&
			utf8.RuneStart(text[s.Start]) && (s.End == len(text) || utf8.RuneStart(text[s.End])) {
			valid = append(valid, s)
		}
	}
	sort.SliceStable(valid, func(i, j int) bool {
		if valid[i].Start != valid[j].Start {
			return valid[i].Start < valid[j].Start
		}
		return valid[i].End > valid[j].End
	})
	anchors = map[string]string{}
	pos := 0
	var cur *mark
	for _, s := range valid {
		if cur != nil && s.Start < cur.End {
			if !hasWord(cur.IDs, s.ID) {
				cur.IDs += " " + s.ID
			}
			anchors[s.ID+"@"+strconv.Itoa(s.Start)] = cur.Anchor
			if _, ok := anchors[s.ID]; !ok {
				anchors[s.ID] = cur.Anchor
			}
			continue
		}
		if s.Start > pos {
			pieces = append(pieces, piece{Text: string(text[pos:s.Start])})
		}
		cur = &mark{
			Anchor: "d" + strconv.Itoa(docIdx) + "-" + strconv.Itoa(s.Start),
			Doc:    doc, Start: s.Start, End: s.End,
			Status: s.Status, IDs: s.ID, Title: s.Title,
		}
		pieces = append(pieces, piece{Text: string(text[s.Start:s.End]), Mark: cur})
		anchors[s.ID+"@"+strconv.Itoa(s.Start)] = cur.Anchor
		if _, ok := anchors[s.ID]; !ok {
			anchors[s.ID] = cur.Anchor
		}
		pos = s.End
	}
	if pos < len(text) {
		pieces = append(pieces, piece{Text: string(text[pos:])})
	}
	at := 0
	for i := range pieces {
		n := len(pieces[i].Text)
		if pieces[i].Mark == nil {
			pieces[i].Text = displaySpace(text, at, at+n)
		}
		at += n
	}
	if n := len(pieces); n > 0 {
		if pieces[0].Mark == nil {
			pieces[0].Text = strings.TrimLeft(pieces[0].Text, " \t\r\n")
		}
		if pieces[n-1].Mark == nil {
			pieces[n-1].Text = strings.TrimRight(pieces[n-1].Text, " \t\r\n")
		}
	}
	return pieces, anchors
}

func hasWord(list, w string) bool {
	for _, x := range strings.Fields(list) {
		if x == w {
			return true
		}
	}
	return false
}

// joinWidth is the least length of a line (white space runs counted as
// one) taken as hard-wrapped prose: the newline after it is shown as a
// space. Shorter lines (headings, list items, datelines) keep their break.
const joinWidth = 60

// displaySpace returns text[from:to] with its white space readied for a
// page shown with white-space: pre-line (which collapses spaces within a
// line by itself): a run holding two newlines or more becomes one blank
// line, a single newline ending a long line becomes a space, so that
// hard-wrapped prose flows while paragraphs stay apart, and two spaces or
// more between a word and its punctuation go. Markup blanked to
// spaces (HTML, Markdown) leaves many such runs.
func displaySpace(text []byte, from, to int) string {
	s := text[from:to]
	if bytes.IndexByte(s, '\n') < 0 && !bytes.Contains(s, []byte("  ")) {
		return string(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if !isSpace(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j, nl, first := i, 0, -1
		for j < len(s) && isSpace(s[j]) {
			if s[j] == '\n' {
				if nl == 0 {
					first = from + j
				}
				nl++
			}
			j++
		}
		switch {
		case nl == 0 && j-i >= 2 && j < len(s) && closing(s[j]) && from+i > 0 && !isSpace(text[from+i-1]):
			// Markup blanked between a word and its punctuation
			// ("**31 people**," or "[ministry](https://…).").
		case nl >= 2:
			b.WriteString("\n\n")
		case nl == 1 && lineWidth(text, first) >= joinWidth:
			b.WriteByte(' ')
		case nl == 1:
			b.WriteByte('\n')
		default:
			b.Write(s[i:j])
		}
		i = j
	}
	return b.String()
}

// lineWidth measures the line of text ending at the newline at nl, in
// characters, each run of white space counted as one.
func lineWidth(text []byte, nl int) int {
	start := bytes.LastIndexByte(text[:nl], '\n') + 1
	w, space := 0, true
	for _, r := range string(bytes.TrimSpace(text[start:nl])) {
		if unicode.IsSpace(r) {
			if !space {
				w++
			}
			space = true
			continue
		}
		w++
		space = false
	}
	return w
}

// closing reports whether c is punctuation that follows a word with no
// space.
func closing(c byte) bool { return strings.IndexByte(",.;:!?)]", c) >= 0 }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}
