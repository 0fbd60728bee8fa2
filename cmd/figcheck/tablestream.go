package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// The table and markdown formats of extract in bounded memory. Column
// widths need every row, so the table is written in two passes: workers
// render each fact's row as it comes (the cells, not the fact) and note
// the widest cell of each column; the sink keeps the rows (in memory up to
// spoolAfter bytes, then in an unlinked temporary file) and at the end
// streams them through tablewriter with the widths the batch renderer
// would have chosen. tablewriter's streaming renderer gives the batch
// renderer's bytes only when every cell is one line, single-spaced (it
// wraps each cell, which folds runs of white space); a table with another
// cell is rendered in batch, as before, with every row in memory.

// tableHeader is the header row of extract's table.
func tableHeader(o *options) []string {
	h := []string{"Doc", "Line", "Kind", "Text", "Value", "Bound", "Unit", "Subject"}
	if o.context > 0 {
		h = append(h, "Context")
	}
	return h
}

// tableRow is the row of fact f, its cells ready for the table (pipes
// escaped in Markdown); context is its context cell, used when the table
// has that column.
func tableRow(f *facts.Fact, o *options, context string) []string {
	kind := string(f.Kind)
	if o.colorOut {
		kind = paint(kindColor, kind)
	}
	row := []string{f.Doc, strconv.Itoa(f.Line), kind, oneLine(f.Text), humanValue(*f),
		string(f.Bound), f.Unit, oneLine(f.Subject)}
	if o.context > 0 {
		row = append(row, context)
	}
	return cells(row, o.format == "markdown")
}

// A rowEncoder encodes rows (each cell its length as a uvarint, then its
// bytes) and notes the widths of their cells.
type rowEncoder struct {
	buf    []byte
	widths []int // of each column: its widest cell, padding included
	// odd is set when some cell is not one single-spaced line (see
	// singleSpaced).
	odd bool
}

// tablePadding is the width tablewriter adds to a cell's content: its
// default padding, a space each side.
var tablePadding = twwidth.Width(tw.PaddingDefault.Left) + twwidth.Width(tw.PaddingDefault.Right)

func (e *rowEncoder) add(row []string) {
	for len(e.widths) < len(row) {
		e.widths = append(e.widths, 0)
	}
	for i, c := range row {
		e.buf = binary.AppendUvarint(e.buf, uint64(len(c)))
		e.buf = append(e.buf, c...)
		e.widths[i] = max(e.widths[i], cellWidth(c))
		e.odd = e.odd || !singleSpaced(c)
	}
}

// take returns the rows encoded since the last take (valid until the next
// add) with their widths and oddness, and starts afresh.
func (e *rowEncoder) take() (rows []byte, widths []int, odd bool) {
	rows, widths, odd = e.buf, e.widths, e.odd
	e.buf, e.widths, e.odd = e.buf[:0], nil, false
	return rows, widths, odd
}

func (e *rowEncoder) pending() int { return len(e.buf) }

// cellWidth is the width tablewriter gives a one-line cell: its display
// width (ANSI colours left out), padding included.
func cellWidth(c string) int {
	for i := 0; i < len(c); i++ {
		if c[i] < 0x20 || c[i] >= 0x7f {
			// Not plain printable ASCII: tablewriter's own measure
			// (without its cache, which rows would only churn).
			return twwidth.WidthNoCache(c) + tablePadding
		}
	}
	return len(c) + tablePadding
}

// singleSpaced reports whether c is one line of words, each parted by one
// space, with none at the ends: such a cell comes out of tablewriter's
// streaming renderer as out of its batch one (which splits words where
// unicode.IsSpace says).
func singleSpaced(c string) bool {
	space := true // at the start: a space there is not single
	for _, r := range c {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case unicode.IsSpace(r):
			return false
		default:
			space = false
		}
	}
	return !space || c == ""
}

// readRow decodes one row of n cells, or returns io.EOF at the end.
func readRow(r *bufio.Reader, n int, cell []byte) ([]string, []byte, error) {
	row := make([]string, n)
	for i := range row {
		size, err := binary.ReadUvarint(r)
		if err != nil {
			if i == 0 && errors.Is(err, io.EOF) {
				return nil, cell, io.EOF
			}
			return nil, cell, unexpectedEOF(err)
		}
		if uint64(cap(cell)) < size {
			cell = make([]byte, size)
		}
		cell = cell[:size]
		if _, err := io.ReadFull(r, cell); err != nil {
			return nil, cell, unexpectedEOF(err)
		}
		row[i] = string(cell)
	}
	return row, cell, nil
}

func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// tableFacts writes the table (or Markdown table) of every fact.
type tableFacts struct {
	w      io.Writer
	o      *options
	widths []int // header included
	odd    bool
	rows   spool
	enc    rowEncoder // for doc
}

func newTableFacts(w io.Writer, o *options) *tableFacts {
	return &tableFacts{w: w, o: o,
		rows: spool{why: "a long table keeps its rows in a temporary file until its column widths are known"}}
}

func (s *tableFacts) begin() error { return nil }

// doc adds the rows of a document read whole.
func (s *tableFacts) doc(d *source.Doc, fs []facts.Fact) error {
	for i := range fs {
		context := ""
		if s.o.context > 0 {
			context = snippet(d.Text, fs[i], s.o.context)
		}
		s.enc.add(tableRow(&fs[i], s.o, context))
	}
	return s.writeRows(s.enc.take())
}

// writeRows adds rows that a rowEncoder encoded.
func (s *tableFacts) writeRows(rows []byte, widths []int, odd bool) error {
	for len(s.widths) < len(widths) {
		s.widths = append(s.widths, 0)
	}
	for i, w := range widths {
		s.widths[i] = max(s.widths[i], w)
	}
	s.odd = s.odd || odd
	_, err := s.rows.Write(rows)
	return err
}

func (s *tableFacts) end() error {
	defer s.rows.close()
	header := tableHeader(s.o)
	markdown := s.o.format == "markdown"
	if s.odd {
		// A cell the streaming renderer would change: the batch renderer,
		// every row in memory.
		t := newTable(s.w, markdown)
		t.Header(header)
		if err := s.eachRow(len(header), func(row []string) error { return t.Append(row) }); err != nil {
			return err
		}
		return t.Render()
	}
	widths := tw.NewMapper[int, int]()
	for i, h := range header {
		w := cellWidth(h)
		if i < len(s.widths) {
			w = max(w, s.widths[i])
		}
		widths.Set(i, w)
	}
	// tablewriter measures each cell of each row again: its cache of
	// widths, which rows all different only churn, is off meanwhile.
	_, capacity, _ := twwidth.GetCacheStats()
	twwidth.SetCacheCapacity(0)
	defer twwidth.SetCacheCapacity(capacity)
	t := newTable(s.w, markdown,
		tablewriter.WithStreaming(tw.StreamConfig{Enable: true}),
		tablewriter.WithColumnWidths(widths))
	if err := t.Start(); err != nil {
		return err
	}
	t.Header(header)
	if err := s.eachRow(len(header), func(row []string) error { return t.Append(row) }); err != nil {
		return err
	}
	return t.Close()
}

// eachRow reads the rows of n cells back from the start and calls fn
// with each.
func (s *tableFacts) eachRow(n int, fn func([]string) error) error {
	r, err := s.rows.reader()
	if err != nil {
		return err
	}
	var cell []byte
	for {
		var row []string
		row, cell, err = readRow(r, n, cell)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(row); err != nil {
			return err
		}
	}
}

// textWindow keeps, for a document that is streamed, the view text the
// context column reads around each figure (snippet), and holds back the
// facts whose context runs past what was read yet. The facts come in
// order of offset, a chunk at a time, each with its sentence inside its
// chunk; facts.Stream holds at most a few chunks (64 KB each) unread, so
// a fact found while a view is streamed needs nothing from more than
// windowMargin before the end of the views before it.
type textWindow struct {
	text    []byte // the view from base on
	base    int
	eof     bool // text runs to the end of the document
	pending []facts.Fact
}

const windowMargin = 1 << 20

// need returns the part of the view that snippet reads for f, as
// sentenceBounds looks for it; a little more at the end, where it looks
// at one byte past what it takes.
func (w *textWindow) need(f *facts.Fact) (lo, hi int) {
	sent := len(strings.TrimSpace(f.Sentence))
	lo = max(0, min(f.End-sent, f.Start-snippetReach))
	hi = max(f.Start+sent, f.End+snippetReach) + utf8.UTFMax
	return lo, hi
}

func (w *textWindow) ready(f *facts.Fact) bool {
	_, hi := w.need(f)
	return w.eof || hi <= w.base+len(w.text)
}

// add appends view text v, first letting go of what no fact can need:
// the facts held here or in held, and those yet to be found.
func (w *textWindow) add(v []byte, held []facts.Fact) {
	keep := w.base + len(w.text) - windowMargin
	for _, fs := range [][]facts.Fact{w.pending, held} {
		for i := range fs {
			lo, _ := w.need(&fs[i])
			keep = min(keep, lo)
		}
	}
	if keep-w.base >= windowMargin {
		w.text = w.text[:copy(w.text, w.text[keep-w.base:])]
		w.base = keep
	}
	w.text = append(w.text, v...)
}

// context is the context cell of f.
func (w *textWindow) context(f *facts.Fact, n int) (string, error) {
	if lo, _ := w.need(f); lo < w.base {
		return "", fmt.Errorf("internal error: the text around the figure at offset %d is no longer in hand", f.Start)
	}
	g := *f
	g.Start -= w.base
	g.End -= w.base
	return snippet(w.text, g, n), nil
}
