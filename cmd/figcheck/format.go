package main

import (
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/figcheck/figcheck/facts"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// newTable returns a table for the terminal (Unicode box drawing) or in
// Markdown; headers keep their text and everything is left-aligned. more
// are options of the caller's own (streaming).
func newTable(w io.Writer, markdown bool, more ...tablewriter.Option) *tablewriter.Table {
	var r tw.Renderer = renderer.NewBlueprint()
	if markdown {
		r = renderer.NewMarkdown()
	}
	return tablewriter.NewTable(w, append([]tablewriter.Option{
		tablewriter.WithRenderer(r),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	}, more...)...)
}

// cells readies a row for the table: Markdown needs its pipes escaped.
func cells(row []string, markdown bool) []string {
	if !markdown {
		return row
	}
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = strings.ReplaceAll(c, "|", `\|`)
	}
	return out
}

// oneLine collapses every run of white space (newlines included) into one
// space and trims the ends. A string that is one line already once
// trimmed (most sentences, and the text each side of a figure) is
// returned as it is, not split into its words and joined again: that was
// most of what a csv or table row allocated.
func oneLine(s string) string {
	if t := strings.TrimFunc(s, unicode.IsSpace); isOneLine(t) {
		return t
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether s has no white space but single spaces
// between words (what strings.Fields splits at, unicode.IsSpace).
func isOneLine(s string) bool {
	space := true // a space here would lead the string or follow another
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += n
	}
	return !space || s == ""
}

// ANSI colours, kept few: the kind column of extract, the status of
// compare.
const (
	kindColor     = "36"   // cyan
	conflictColor = "1;31" // bold red
	agreeColor    = "32"   // green
)

func paint(color, s string) string {
	if s == "" {
		return s
	}
	return "\x1b[" + color + "m" + s + "\x1b[0m"
}

// humanValue writes a fact's value for people: "1,500", "1.5 bn", "~19",
// "≥ 25", "20–25", "+3" for a rise by 3; a date's value.
func humanValue(f facts.Fact) string {
	if f.Kind == facts.KindDate {
		return f.Date
	}
	var s string
	switch f.Bound {
	case facts.BoundApprox:
		s = "~" + humanPtr(f.Value)
	case facts.BoundAtLeast:
		s = "≥ " + humanPtr(first(f.Low, f.Value))
	case facts.BoundMoreThan:
		s = "> " + humanPtr(first(f.Low, f.Value))
	case facts.BoundAtMost:
		s = "≤ " + humanPtr(first(f.High, f.Value))
	case facts.BoundLessThan:
		s = "< " + humanPtr(first(f.High, f.Value))
	case facts.BoundRange:
		switch {
		case f.Low != nil && f.High != nil:
			s = humanNum(*f.Low) + "–" + humanNum(*f.High)
		case f.Low != nil:
			s = "≥ " + humanNum(*f.Low)
		case f.High != nil:
			s = "< " + humanNum(*f.High)
		default:
			s = humanPtr(f.Value)
		}
	default:
		s = humanPtr(f.Value)
	}
	if f.Change != nil && s != "" {
		switch f.ChangeRole {
		case "to":
			s = "→ " + s
		case "from":
			s = "from " + s
		default:
			if *f.Change == "up" {
				s = "+" + s
			} else if *f.Change == "down" {
				s = "−" + s
			}
		}
	}
	return s
}

func first(a, b *float64) *float64 {
	if a != nil {
		return a
	}
	return b
}

func humanPtr(v *float64) string {
	if v == nil {
		return ""
	}
	return humanNum(*v)
}

// humanNum writes 1234567 as "1,234,567", 1500000000 as "1.5 bn" (a round
// figure of a million or more, in at most three decimals of m, bn or tn),
// and keeps at most six decimals.
func humanNum(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	for _, sc := range []struct {
		n    float64
		name string
	}{{1e12, "tn"}, {1e9, "bn"}, {1e6, "m"}} {
		if v < sc.n {
			continue
		}
		q := v / sc.n
		r := math.Round(q*1000) / 1000
		if math.Abs(r*sc.n-v) <= 1e-9*v && r < 1000 {
			return sign + strconv.FormatFloat(r, 'f', -1, 64) + " " + sc.name
		}
		break
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	if len(frac) > 6 {
		s = strconv.FormatFloat(v, 'f', 6, 64)
		intPart, frac, _ = strings.Cut(s, ".")
		frac = strings.TrimRight(frac, "0")
	}
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// snippet returns the sentence around fact f, at most n characters each
// side of the figure, with "…" where it was cut. The sentence is found in
// the view text at the fact's offsets; when the extractor's sentence
// cannot be found there, the text around the figure is used, up to a
// blank line.
func snippet(text []byte, f facts.Fact, n int) string {
	start, end := f.Start, f.End
	if start < 0 || end > len(text) || start > end {
		return oneLine(f.Sentence)
	}
	// The text is read through views of it, not copies (a sentence of
	// 1,500 bytes was copied three times per fact); only the snippet
	// itself is written anew, so nothing returned points into text.
	lo, hi := sentenceBounds(text, f)
	left := oneLine(byteView(text[lo:start]))
	right := oneLine(byteView(text[end:hi]))
	fig := oneLine(byteView(text[start:end]))
	// A space on either side of the figure goes with the text there:
	// spaceLeft stands for left+" ", spaceRight for " "+right.
	spaceLeft := start > lo && isSpaceBefore(text, start)
	spaceRight := hi > end && isSpaceAt(text, end)
	cutLeft, cutRight := false, false
	if m := utf8.RuneCountInString(left) + b2i(spaceLeft); m > n {
		switch {
		case spaceLeft && n > lastRunesReach:
			left = lastRunes(left, n-1) // lastRunes(left+" ", n) less its last space
		case spaceLeft:
			left, spaceLeft = lastRunes(left+" ", n), false
		default:
			left = lastRunes(left, n)
		}
		cutLeft = true
	}
	if m := utf8.RuneCountInString(right) + b2i(spaceRight); m > n {
		switch {
		case spaceRight && n > lastRunesReach:
			right = firstRunes(right, n-1) // firstRunes(" "+right, n) less its first space
		case spaceRight:
			right, spaceRight = firstRunes(" "+right, n), false
		default:
			right = firstRunes(right, n)
		}
		cutRight = true
	}
	left = strings.TrimLeftFunc(left, unicode.IsSpace)
	right = strings.TrimRightFunc(right, unicode.IsSpace)
	spaceLeft = spaceLeft && left != ""
	spaceRight = spaceRight && right != ""
	var b strings.Builder
	b.Grow(len(left) + len(fig) + len(right) + 2 + 2*len("…"))
	if cutLeft {
		b.WriteString("…")
	}
	b.WriteString(left)
	if spaceLeft {
		b.WriteByte(' ')
	}
	b.WriteString(fig)
	if spaceRight {
		b.WriteByte(' ')
	}
	b.WriteString(right)
	if cutRight {
		b.WriteString("…")
	}
	return b.String()
}

// byteView is b as a string, without a copy: what is read from it must
// not outlive b's bytes.
func byteView(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lastRunesReach is how many runes from a cut lastRunes and firstRunes
// look for a word's edge.
const lastRunesReach = 12

// snippetReach is how far around a figure sentenceBounds looks when the
// sentence is not found as written.
const snippetReach = 400

// sentenceBounds returns where the sentence of f stands in text.
func sentenceBounds(text []byte, f facts.Fact) (lo, hi int) {
	sent := strings.TrimSpace(f.Sentence)
	if sent != "" {
		from := max(0, f.End-len(sent))
		to := min(len(text), f.Start+len(sent))
		for i := from; i <= f.Start && i < to; {
			k := strings.Index(byteView(text[i:to]), sent)
			if k < 0 {
				break
			}
			p := i + k
			if p <= f.Start && p+len(sent) >= f.End {
				return p, p + len(sent)
			}
			i = p + 1
		}
	}
	// Not found as written: the text around, up to a blank line.
	lo = max(0, f.Start-snippetReach)
	if k := bytes.LastIndex(text[lo:f.Start], []byte("\n\n")); k >= 0 {
		lo += k + 2
	}
	hi = min(len(text), f.End+snippetReach)
	if k := bytes.Index(text[f.End:hi], []byte("\n\n")); k >= 0 {
		hi = f.End + k
	}
	for lo < f.Start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for hi > f.End && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return lo, hi
}

func isSpaceBefore(text []byte, i int) bool {
	r, _ := utf8.DecodeLastRune(text[:i])
	return unicode.IsSpace(r)
}

func isSpaceAt(text []byte, i int) bool {
	r, _ := utf8.DecodeRune(text[i:])
	return unicode.IsSpace(r)
}

// lastRunes returns the last n runes of s, starting at a word if one
// starts near the cut. s has more than n runes. The runes are walked in
// place, not copied out of a long sentence for each fact.
func lastRunes(s string, n int) string {
	if !utf8.ValidString(s) {
		return lastRunesOf([]rune(s), n) // each bad byte becomes U+FFFD
	}
	b := len(s)
	for range n {
		_, size := utf8.DecodeLastRuneInString(s[:b])
		b -= size
	}
	for i, k := b, 0; i < len(s) && k < lastRunesReach; k++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return s[i+size:]
		}
		i += size
	}
	return s[b:]
}

func lastRunesOf(r []rune, n int) string {
	r = r[len(r)-n:]
	for i := 0; i < len(r) && i < 12; i++ {
		if unicode.IsSpace(r[i]) {
			return string(r[i+1:])
		}
	}
	return string(r)
}

// firstRunes returns the first n runes of s, ending at a word if one ends
// near the cut. s has more than n runes.
func firstRunes(s string, n int) string {
	if !utf8.ValidString(s) {
		return firstRunesOf([]rune(s), n)
	}
	e := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[e:])
		e += size
	}
	for i, k := e, 0; i > 0 && k < lastRunesReach; k++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if unicode.IsSpace(r) {
			return s[:i]
		}
	}
	return s[:e]
}

func firstRunesOf(r []rune, n int) string {
	r = r[:n]
	for i := len(r) - 1; i >= 0 && i >= len(r)-12; i-- {
		if unicode.IsSpace(r[i]) {
			return string(r[:i])
		}
	}
	return string(r)
}
