package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/figcheck/figcheck/facts"
)

// A SectionStream writes the section of one document of an ExtractPage as
// its text and facts come, in the bytes Section would write for the whole
// document, holding only the text not laid out yet. The facts table comes
// after the text on the page: its rows go to another writer as the facts
// come, and are copied after the text at the end.
//
// The layout is layout's and displaySpace's, step by step: a figure's
// mark is written when no later figure can fold into it, and plain text as
// far as no later figure can start in it, each run of white space when it
// has ended (what it becomes depends on the whole run, on the width of
// its line and on whether its piece holds a newline or two spaces).
type SectionStream struct {
	p      *ExtractPage
	rows   io.Writer
	name   string
	di     int
	nFacts int // facts so far, each a row
	nRows  int
	out    *countingWriter
	err    error

	text    []byte // the text from base on
	base    int
	pos     int           // offset up to which the text is laid out
	waiting []waitingFact // facts not laid out yet, in order
	last    int           // start of the last fact laid out
	cur     *mark         // the mark in hand, not written: more may fold into it
	curText string

	// The plain piece being laid out.
	general  bool   // it holds a newline or two spaces: not kept as is
	prev     byte   // the text byte before pos
	held     []byte // output kept until general is known, from its first run that it decides
	heldRuns [][2]int
	lead     bool   // nothing but white space shown yet: leading white space goes
	tail     []byte // trailing white space shown, which goes if the text ends here
	plain    []byte // shown plain text not rendered yet
	meter    lineMeter
	run      whiteRun // the run of white space being read
}

// StartSection begins the section of the next document, named name, to
// w; its table's rows are written to rows until Close.
func (p *ExtractPage) StartSection(w, rows io.Writer, name string) *SectionStream {
	s := &SectionStream{p: p, rows: rows, name: name, di: len(p.names), lead: true, last: -1}
	s.out = &countingWriter{w: w}
	s.err = render(s.out, "extract-text-open", nil)
	return s
}

// Add adds the next text of the document and the facts found since the
// last Add, in order of offset; no fact to come starts before safe.
func (s *SectionStream) Add(text []byte, fs []facts.Fact, safe int) error {
	s.text = append(s.text, text...)
	for _, f := range fs {
		// What the page shows of it, not the fact, which holds (and keeps
		// alive) much more: its sentence, the text it was read from.
		s.waiting = append(s.waiting, waitingFact{Start: f.Start, End: f.End, Title: string(f.Kind) + subjectSuffix(f),
			Row: factRow{Line: f.Line, Kind: string(f.Kind),
				Text: strings.Join(strings.Fields(f.Text), " "), Value: s.p.value(f),
				Bound: string(f.Bound), Unit: strings.Clone(f.Unit), Subject: strings.Clone(f.Subject)}})
	}
	s.advance(safe, false)
	return s.err
}

// Close ends the section: the rest of the text, then the table, whose
// rows are read from rows (what was written to the writer StartSection
// was given).
func (s *SectionStream) Close(rows func() (io.Reader, error)) error {
	s.advance(math.MaxInt, true)
	s.flushPlain()
	s.renderPlain()
	s.fail(render(s.out, "extract-text-close", nil))
	if s.nRows > 0 {
		s.fail(render(s.out, "facts-open", nil))
		if s.err == nil {
			r, err := rows()
			s.fail(err)
			if err == nil {
				_, err = io.Copy(s.out, r)
				s.fail(err)
			}
		}
		s.fail(render(s.out, "facts-close", nil))
	} else {
		s.fail(render(s.out, "facts-empty", nil))
	}
	s.fail(render(s.out, "extract-section-close", nil))
	s.p.names = append(s.p.names, s.name)
	s.p.sizes = append(s.p.sizes, s.out.n)
	return s.err
}

func (s *SectionStream) fail(err error) {
	if s.err == nil && err != nil {
		s.err = err
	}
}

func (s *SectionStream) end() int { return s.base + len(s.text) }

// advance lays out what no later fact can change: the groups of facts of
// one start that are complete, then the plain text up to safe.
func (s *SectionStream) advance(safe int, eof bool) {
	done := 0
	for s.err == nil && done < len(s.waiting) {
		start := s.waiting[done].Start
		n, maxEnd := done, 0
		for n < len(s.waiting) && s.waiting[n].Start == start {
			maxEnd = max(maxEnd, s.waiting[n].End)
			n++
		}
		if !eof && (start >= safe || maxEnd >= s.end()) {
			break
		}
		if start < s.last {
			s.fail(errors.New("internal error: the facts of a document came out of order"))
			return
		}
		s.last = start
		s.group(s.waiting[done:n], eof)
		done = n
	}
	clear(s.waiting[copy(s.waiting, s.waiting[done:]):])
	s.waiting = s.waiting[:len(s.waiting)-done]
	if s.err != nil {
		return
	}
	limit := min(safe, s.end())
	if len(s.waiting) > 0 {
		limit = min(limit, s.waiting[0].Start)
	}
	if s.cur != nil && s.cur.End <= limit {
		s.writeMark()
	}
	if s.cur == nil && !eof && limit > s.pos {
		s.layPlain(limit, false)
	}
	from := s.pos // what the layout may still read
	if s.cur != nil {
		from = s.cur.Start
	}
	if keep := from - s.base; keep > 256<<10 {
		s.text = s.text[:copy(s.text, s.text[keep:])]
		s.base = from
	}
}

// group lays out the facts of one start: their spans, longest first, and
// their rows, in order.
func (s *SectionStream) group(fs []waitingFact, eof bool) {
	type spanOf struct {
		span
		i int
	}
	spans := make([]spanOf, 0, len(fs))
	for i, f := range fs {
		sp := span{Start: f.Start, End: f.End, Status: f.Row.Kind,
			ID: factID(s.di, s.nFacts+i), Title: f.Title}
		if sp.Start >= 0 && sp.Start < s.base {
			s.fail(fmt.Errorf("internal error: the text of the figure at offset %d is no longer in hand", sp.Start))
			return
		}
		if sp.Start >= 0 && sp.End <= s.end() && sp.Start < sp.End && utf8.RuneStart(s.at(sp.Start)) &&
			(sp.End == s.end() || utf8.RuneStart(s.at(sp.End))) {
			spans = append(spans, spanOf{sp, i})
		}
	}
	slices.SortStableFunc(spans, func(a, b spanOf) int { return b.End - a.End })
	anchors := make([]string, len(fs))
	for _, sp := range spans {
		if s.cur != nil && sp.Start < s.cur.End {
			if !hasWord(s.cur.IDs, sp.ID) {
				s.cur.IDs += " " + sp.ID
			}
			anchors[sp.i] = s.cur.Anchor
			continue
		}
		s.writeMark()
		if sp.Start < s.pos {
			s.fail(fmt.Errorf("internal error: the figure at offset %d starts in text laid out", sp.Start))
			return
		}
		s.layPlain(sp.Start, true)
		s.endPiece()
		s.cur = &mark{
			Anchor: "d" + strconv.Itoa(s.di) + "-" + strconv.Itoa(sp.Start),
			Doc:    s.name, Start: sp.Start, End: sp.End,
			Status: sp.Status, IDs: sp.ID, Title: sp.Title,
		}
		s.curText = string(s.text[sp.Start-s.base : sp.End-s.base])
		s.meter.feed(s.text[sp.Start-s.base : sp.End-s.base])
		s.prev = s.text[sp.End-1-s.base]
		s.pos = sp.End
		anchors[sp.i] = s.cur.Anchor
	}
	for i, f := range fs {
		s.p.counts[f.Row.Kind]++
		row := f.Row
		row.ID, row.Anchor = factID(s.di, s.nFacts+i), anchors[i]
		s.fail(render(s.rows, "fact-row", row))
		s.nRows++
	}
	s.nFacts += len(fs)
}

// A waitingFact is a fact as the page shows it: its span and its row.
type waitingFact struct {
	Start, End int
	Title      string
	Row        factRow
}

// at is the text byte at offset off (in hand).
func (s *SectionStream) at(off int) byte { return s.text[off-s.base] }

// writeMark writes the mark in hand, after the plain text before it.
func (s *SectionStream) writeMark() {
	if s.cur == nil {
		return
	}
	s.flushTail()
	s.renderPlain()
	s.fail(render(s.out, "mark", piece{Text: s.curText, Mark: s.cur}))
	s.lead = false
	s.cur, s.curText = nil, ""
}

// endPiece ends the plain piece laid out, if any: what it held is shown
// as it is, for it holds no newline nor two spaces.
func (s *SectionStream) endPiece() {
	if len(s.held) > 0 {
		h := s.held
		s.held, s.heldRuns = nil, nil
		s.show(h)
	}
	s.general = false
}

// layPlain lays out the plain text from pos up to limit; pieceEnd says
// the piece ends there, else a run of white space reaching limit is
// noted (not kept, but for a run with no newline) and goes on.
func (s *SectionStream) layPlain(limit int, pieceEnd bool) {
	t := s.text[s.pos-s.base : limit-s.base]
	for i := 0; i < len(t); {
		j := i
		if isSpace(t[i]) {
			for j < len(t) && isSpace(t[j]) {
				j++
			}
			s.addToRun(t[i:j], s.pos+i)
			i = j
			continue
		}
		if s.run.open {
			s.endRun(t[i], true)
		}
		for j < len(t) && !isSpace(t[j]) {
			j++
		}
		s.meter.feed(t[i:j])
		s.emit(t[i:j])
		s.prev = t[j-1]
		i = j
	}
	s.pos = limit
	if pieceEnd && s.run.open {
		s.endRun(0, false)
	}
}

// A whiteRun is a run of white space being read, what displaySpace needs
// of it.
type whiteRun struct {
	open   bool
	start  int  // its offset
	before byte // the text byte before it
	n, nl  int
	width  int  // of the line its first newline ends
	double bool // it holds two spaces
	last   byte
	raw    []byte // the run, while it has no newline
}

func (s *SectionStream) addToRun(b []byte, at int) {
	r := &s.run
	if !r.open {
		*r = whiteRun{open: true, start: at, before: s.prev, raw: r.raw[:0]}
		if at == 0 {
			r.before = 0
		}
	}
	for k, c := range b {
		if c == '\n' && r.nl == 0 {
			s.meter.feed(b[:k])
			r.width = s.meter.width()
			s.meter.feed(b[k:])
		}
		if c == '\n' {
			r.nl++
		}
		if c == ' ' && r.last == ' ' {
			r.double = true
		}
		r.last = c
	}
	if r.nl == 0 {
		s.meter.feed(b)
		r.raw = append(r.raw, b...)
	} else {
		r.raw = r.raw[:0]
	}
	r.n += len(b)
	s.prev = b[len(b)-1]
}

// endRun shows the run read, as displaySpace does, next being the byte
// after it in its piece, if any.
func (s *SectionStream) endRun(next byte, hasNext bool) {
	r := &s.run
	r.open = false
	if r.nl > 0 || r.double {
		s.becomeGeneral()
	}
	dropCase := r.nl == 0 && r.n >= 2 && hasNext && closing(next) && r.start > 0 && !isSpace(r.before)
	switch {
	case dropCase && s.general:
	case dropCase:
		// Dropped if the piece turns out to hold a newline or two
		// spaces; shown as it is if not.
		s.heldRuns = append(s.heldRuns, [2]int{len(s.held), len(r.raw)})
		if s.held == nil {
			s.held = []byte{}
		}
		s.held = append(s.held, r.raw...)
	case r.nl >= 2:
		s.emit([]byte("\n\n"))
	case r.nl == 1 && r.width >= joinWidth:
		s.emit([]byte(" "))
	case r.nl == 1:
		s.emit([]byte("\n"))
	default:
		s.emit(r.raw)
	}
	if cap(r.raw) > 64<<10 {
		r.raw = nil
	}
}

// becomeGeneral notes that the piece holds a newline or two spaces: the
// runs held are dropped.
func (s *SectionStream) becomeGeneral() {
	if s.general {
		return
	}
	s.general = true
	if s.held != nil {
		h, runs := s.held, s.heldRuns
		s.held, s.heldRuns = nil, nil
		at := 0
		for _, r := range runs {
			s.show(h[at:r[0]])
			at = r[0] + r[1]
		}
		s.show(h[at:])
	}
}

// emit shows plain text of the piece, or holds it behind a run held.
func (s *SectionStream) emit(b []byte) {
	if s.held != nil {
		s.held = append(s.held, b...)
		return
	}
	s.show(b)
}

// show shows plain text, leading white space of the text left out and
// trailing white space kept back until more comes.
func (s *SectionStream) show(b []byte) {
	if s.lead {
		b = bytes.TrimLeft(b, " \t\r\n")
		if len(b) == 0 {
			return
		}
		s.lead = false
	}
	t := bytes.TrimRight(b, " \t\r\n")
	if len(t) == 0 {
		s.tail = append(s.tail, b...)
		return
	}
	s.flushTail()
	s.plain = append(s.plain, t...)
	s.tail = append(s.tail, b[len(t):]...)
	if len(s.plain) >= 64<<10 {
		s.renderPlain()
	}
}

func (s *SectionStream) flushTail() {
	s.plain = append(s.plain, s.tail...)
	s.tail = s.tail[:0]
}

// flushPlain ends the text: the piece laid out ends, its trailing white
// space goes.
func (s *SectionStream) flushPlain() {
	s.writeMark()
	s.layPlain(s.end(), true)
	s.endPiece()
	s.tail = s.tail[:0]
}

func (s *SectionStream) renderPlain() {
	if len(s.plain) > 0 {
		s.fail(render(s.out, "plain", string(s.plain)))
		s.plain = s.plain[:0]
	}
}

// lineMeter measures the line being read as lineWidth does: its
// characters, each run of white space counted as one, none at the ends.
type lineMeter struct {
	carry []byte // a character cut by the end of what was fed
	w     int
	word  bool // a character not white space was seen on the line
	space bool // white space after it
}

func (m *lineMeter) feed(b []byte) {
	if len(m.carry) > 0 {
		for len(b) > 0 && !utf8.FullRune(m.carry) {
			m.carry = append(m.carry, b[0])
			b = b[1:]
		}
		if !utf8.FullRune(m.carry) {
			return
		}
		c := m.carry
		m.carry = nil
		m.feed(c)
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			m.rune(rune(c))
			i++
			continue
		}
		if !utf8.FullRune(b[i:]) {
			m.carry = append(m.carry[:0], b[i:]...)
			return
		}
		r, n := utf8.DecodeRune(b[i:])
		m.rune(r)
		i += n
	}
}

func (m *lineMeter) rune(r rune) {
	switch {
	case r == '\n':
		m.w, m.word, m.space = 0, false, false
	case unicode.IsSpace(r):
		m.space = m.word
	default:
		if m.space {
			m.w++
		}
		m.w++
		m.word, m.space = true, false
	}
}

// width is the width of the line read so far (up to a newline to come).
func (m *lineMeter) width() int { return m.w }
