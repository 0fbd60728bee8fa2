package main

import (
	"bufio"
	"bytes"
	"reflect"
	"slices"
	"sync"
	"unsafe"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

// docResult is what a worker makes of one input, or of a part of it.
type docResult struct {
	msgs   bytes.Buffer // warnings and errors, as they would have been printed
	failed bool
	size   int64 // bytes read
	n      int   // facts kept
	out    []byte
	err    error       // from encoding
	d      *source.Doc // html: the document and its facts
	fs     []facts.Fact
	// The table formats: out holds rows (rowEncoder), widths their
	// widest cells and odd whether a cell is not one single-spaced line.
	widths []int
	odd    bool
	// html, a streamed document: each part brings the next text of its
	// view and the facts found since the last part; no fact to come
	// starts before safe.
	htmlPart bool
	name     string
	text     []byte
	safe     int
	// more is set on a part: the document's output goes on in the results
	// that follow. A document whose facts encode to more than partSize is
	// handed on in parts, so that its output is never held whole.
	more bool
}

// partSize is about how many bytes of encoded facts a document's part
// holds.
var partSize = 256 << 10

// job is one input on its way through the pool.
type job struct {
	in source.Input
	// inline jobs run on the writer's goroutine when their turn comes:
	// standard input, read once and in order.
	inline bool
	// results carries the document's parts, then its last result (more
	// unset). Its buffer lets a worker run a little ahead of the writer;
	// past that it waits, so memory holds a few parts per worker.
	results chan *docResult
}

// worker holds what one worker reuses from document to document.
type worker struct {
	enc   *docEncoder
	rows  rowEncoder // the table formats
	block []byte     // streamDoc's read buffer
}

func newWorker(o *options) *worker { return &worker{enc: &docEncoder{format: o.format}} }

// extractAll extracts every input with o.jobs workers and writes the
// results to sink in input order. At most 2×jobs documents are in hand at
// a time, each holding a few parts of its output at most.
func (a *app) extractAll(ins []source.Input, o *options, sink factSink, bw *bufio.Writer) error {
	workers := max(1, o.jobs)
	queue := make(chan *job, 2*workers)
	work := make(chan *job)
	prog := newProgress(a.stderr, o, ins)
	defer prog.finish()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wk := newWorker(o)
			for j := range work {
				a.extractDoc(j.in, o, wk, false, func(r *docResult) { j.results <- r })
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(queue)
		defer close(work)
		for _, in := range ins {
			j := &job{in: in, inline: in.Stdin, results: make(chan *docResult, 2)}
			select {
			case queue <- j:
			case <-stop:
				return
			}
			if j.inline {
				continue
			}
			select {
			case work <- j:
			case <-stop:
				return
			}
		}
	}()
	defer wg.Wait()
	defer close(stop)

	var err error
	write := func(r *docResult) {
		if err != nil {
			return // drain: the workers finish their jobs
		}
		err = a.writeResult(r, sink, o, prog)
		if err == nil && encodesFacts(o.format) {
			err = bw.Flush()
		}
		if encodesFacts(o.format) && r.d == nil {
			putOutBuf(r.out) // written: the encoders may fill it again
		}
	}
	for j := range queue {
		if j.inline {
			a.extractDoc(j.in, o, newWorker(o), a.stdinRead, write)
			a.stdinRead = a.stdinRead || j.in.Stdin
		} else {
			for r := range j.results {
				write(r)
				if !r.more {
					break
				}
			}
		}
		if afterDoc != nil {
			afterDoc()
		}
	}
	return err
}

// writeResult prints a document's messages and writes its facts.
func (a *app) writeResult(r *docResult, sink factSink, o *options, prog *progress) error {
	if r.msgs.Len() > 0 {
		prog.clear()
		_, _ = a.stderr.Write(r.msgs.Bytes())
	}
	a.failed = a.failed || r.failed
	prog.add(r.size, r.n)
	if !r.more {
		prog.fileDone()
	}
	if r.err != nil {
		return r.err
	}
	if r.htmlPart {
		return sink.(*htmlFacts).part(r)
	}
	if r.d == nil {
		return writeEncoded(sink, r)
	}
	return sink.doc(r.d, r.fs)
}

// writeEncoded writes the r.n facts that a docEncoder encoded, or their
// rows.
func writeEncoded(sink factSink, r *docResult) error {
	b, n := r.out, r.n
	switch s := sink.(type) {
	case *tableFacts:
		return s.writeRows(b, r.widths, r.odd)
	case *jsonFacts:
		return s.writeEncoded(b, n)
	case *jsonlFacts:
		_, err := s.w.Write(b)
		return err
	case *csvFacts:
		s.w.Flush() // the header
		if err := s.w.Error(); err != nil {
			return err
		}
		_, err := s.out.Write(b)
		return err
	}
	return nil
}

// docOutput gathers the results of one document and hands them to emit:
// its encoded facts (or table rows) in parts of about partSize bytes as
// they come, then the rest. Messages go with the part after them.
type docOutput struct {
	r    *docResult
	enc  *docEncoder
	emit func(*docResult)
	msgs bytes.Buffer // the document's stderr
	// The table formats: rows instead of enc, and with a context column
	// the text it is read from.
	o    *options
	rows *rowEncoder
	win  *textWindow
	// html, a streamed document: its view text is handed on with its
	// facts, viewed counts the bytes of it.
	html      bool
	streaming bool
	name      string
	viewed    int
	safe      int // no fact to come starts before
}

func newDocOutput(wk *worker, o *options, emit func(*docResult)) *docOutput {
	p := &docOutput{r: &docResult{}, enc: wk.enc, emit: emit, html: o.format == "html"}
	p.enc.take() // nothing of an earlier document
	if rowsFormat(o.format) {
		p.o, p.rows = o, &wk.rows
		p.rows.take()
		if o.context > 0 {
			p.win = &textWindow{}
		}
	}
	return p
}

// rowsFormat reports whether extract writes a format as a table of rows.
func rowsFormat(format string) bool { return format == "table" || format == "markdown" }

// add encodes a fact, and hands on a part when enough is encoded.
func (p *docOutput) add(f *facts.Fact) {
	p.r.n++
	if p.html {
		p.r.fs = append(p.r.fs, *f)
		if p.streaming && len(p.r.fs) >= htmlPartFacts {
			p.sendHTML()
		}
		return
	}
	if p.r.err != nil {
		return
	}
	switch {
	case p.rows == nil:
		p.r.err = p.enc.add(f)
	case p.win != nil && (len(p.win.pending) > 0 || !p.win.ready(f)):
		// Its context runs past the text read yet: it waits, and those
		// after it too, to keep the order.
		p.win.pending = append(p.win.pending, *f)
		return
	default:
		p.addRow(f)
	}
	p.sendFull()
}

// addEncoded adds n facts encoded elsewhere (a chunkEncoder), as add
// would one by one: the bytes up to an encoding error are kept, nothing
// after. The bytes are taken as they are when nothing is pending (what is
// pending is handed on first when the two would pass partSize), and it
// returns the buffer the other encoder goes on in.
func (p *docOutput) addEncoded(b []byte, n int, err error) []byte {
	if pending := p.enc.pending(); p.r.err == nil && pending > 0 && pending+len(b) > partSize {
		p.sendPart()
	}
	p.r.n += n
	if p.r.err != nil {
		return b[:0]
	}
	back := p.enc.swapIn(b)
	p.r.err = err
	p.sendFull()
	return back
}

// addRow adds the row of a fact whose context is in hand.
func (p *docOutput) addRow(f *facts.Fact) {
	context := ""
	if p.win != nil {
		context, p.r.err = p.win.context(f, p.o.context)
	}
	p.rows.add(tableRow(f, p.o, context))
}

// sendFull hands on a part when enough is encoded.
func (p *docOutput) sendFull() {
	pending := 0
	if p.rows != nil {
		pending = p.rows.pending()
	} else {
		pending = p.enc.pending()
	}
	if p.r.err == nil && pending >= partSize {
		p.sendPart()
	}
}

// sendPart hands on what is encoded as a part of the document.
func (p *docOutput) sendPart() {
	p.r.more = true
	p.send()
	p.r = &docResult{}
}

// view notes view text v of a streamed document, about to be extracted,
// for the context column; the rows whose context it completes are added.
// held are the facts found and not handed on yet (a factGroup's).
func (p *docOutput) view(v []byte, held []facts.Fact) {
	if p.html {
		p.viewHTML(v, held)
		return
	}
	if p.win == nil {
		return
	}
	p.win.add(v, held)
	p.addReady()
}

// viewHTML hands on, for the html format, the text of a streamed
// document with the facts found before it, in parts of about partSize
// bytes of text. A fact found from here on starts no more than
// htmlMargin before the end of the text viewed so far, or is one of held.
func (p *docOutput) viewHTML(v []byte, held []facts.Fact) {
	p.streaming = true
	safe := p.viewed - htmlMargin
	if len(held) > 0 {
		safe = min(safe, held[0].Start)
	}
	p.viewed += len(v)
	p.safe = safe
	for len(v) > 0 {
		n := min(len(v), partSize-len(p.r.text))
		p.r.text = append(p.r.text, v[:n]...)
		v = v[n:]
		if len(p.r.text) >= partSize {
			p.sendHTML()
		}
	}
}

// flushSettled hands on, for the html format, the facts held in g (of
// one start, held to be ordered by their end) when no fact to come can
// start there, so that the page's layout goes on past them: else one fact
// near the start of a long document holds back the layout of the rest.
func (p *docOutput) flushSettled(g *factGroup) {
	if p.html && len(g.fs) > 0 && g.fs[0].Start < p.viewed-htmlMargin {
		g.flush(p.add)
	}
}

// htmlMargin bounds how far before the end of the text written to a
// facts.Stream a fact it finds later can start: the Stream leaves at most
// two chunks of 64 KB unread after a Write, and a fact starts in the chunk
// it is read in. The page's layout waits for the facts that may still
// come after it; were one to start earlier, the layout would stop with an
// internal error, never lay it out wrong.
const htmlMargin = 256 << 10

// htmlPartFacts is how many facts a part of a streamed document holds at
// most, for the html format: a fact in hand costs about half a kilobyte.
const htmlPartFacts = 1024

// sendHTML hands on a part of a streamed document, for the html format.
func (p *docOutput) sendHTML() {
	p.r.safe = p.safe
	p.r.more = true
	p.send()
	p.r = &docResult{}
}

// wholeText gives the view of a document read whole.
func (p *docOutput) wholeText(text []byte) {
	if p.win != nil {
		p.win.text, p.win.eof = text, true
	}
}

// addReady adds the rows of the held facts whose context is in hand.
func (p *docOutput) addReady() {
	w := p.win
	n := 0
	for n < len(w.pending) && p.r.err == nil && w.ready(&w.pending[n]) {
		p.addRow(&w.pending[n])
		n++
		p.sendFull()
	}
	w.pending = w.pending[:copy(w.pending, w.pending[n:])]
}

// done hands on the last result of the document, with the rows of any
// fact still held.
func (p *docOutput) done() {
	if p.win != nil {
		p.win.eof = true
		p.addReady()
	}
	p.send()
}

// send hands on the current result with the messages and facts so far;
// the bytes go to the writer, so the encoder starts a new buffer.
func (p *docOutput) send() {
	if p.streaming {
		p.r.htmlPart, p.r.name = true, p.name
	}
	p.r.msgs.Write(p.msgs.Bytes())
	p.msgs.Reset()
	switch {
	case p.rows != nil:
		rows, widths, odd := p.rows.take()
		p.r.out, p.r.widths, p.r.odd = slices.Clone(rows), widths, odd
	case p.r.d == nil:
		p.r.out = p.enc.handOff()
	}
	p.emit(p.r)
}

// extractDoc reads, extracts and encodes one input, handing its results
// to emit in parts as they come; its messages go with them, to be printed
// in order. A plain-text document is read block by block (streamDoc) when
// the format encodes each fact as it comes.
func (a *app) extractDoc(in source.Input, o *options, wk *worker, stdinRead bool, emit func(*docResult)) {
	out := newDocOutput(wk, o, emit)
	ja := &app{stdin: a.stdin, stderr: &out.msgs, stdinRead: stdinRead}
	out.name = in.Name
	if ja.streamDoc(in, o, wk, out) {
		out.streaming = out.html
		out.done()
		return
	}
	d := ja.load(in)
	r := out.r
	r.failed = ja.failed
	if d == nil {
		out.send()
		return
	}
	r.size = int64(len(d.Raw))
	html := o.format == "html"
	out.wholeText(d.Text)
	ok := ja.eachFact(d, o, func(f *facts.Fact) {
		if html {
			out.r.n++
			out.r.fs = append(out.r.fs, *f)
		} else {
			out.add(f)
		}
	})
	r = out.r
	r.failed = r.failed || ja.failed
	if !ok {
		r.n, r.fs = 0, nil
		out.enc.take()
		if out.rows != nil {
			out.rows.take()
		}
		out.send()
		return
	}
	if html {
		r.d = d
	}
	out.done()
}

// eachFact calls fn with each fact of d that the filters keep, in order of
// offset (then of end), with its line in the original input. It reports a
// panic of the extractor as an error on the document and returns false.
func (a *app) eachFact(d *source.Doc, o *options, fn func(*facts.Fact)) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			a.errorf(d.Name, "internal error in the extractor, document skipped: %v", r)
			ok = false
		}
	}()
	if standInExtractor() {
		for _, f := range a.factsOf(d, o) {
			fn(&f)
		}
		return true
	}
	lines := lineCursor{raw: d.Raw, line: 1}
	var group factGroup
	// d.Text is not written again while its facts are in use: a string
	// view of it spares a copy of the document.
	text := unsafe.String(unsafe.SliceData(d.Text), len(d.Text))
	facts.ExtractEach(d.Name, text, func(f *facts.Fact) {
		if !o.keep(f) {
			return
		}
		f.Type = "fact"
		f.Doc = d.Name
		f.Line = lines.at(d, f.Start)
		group.add(f, fn)
	})
	group.flush(fn)
	return true
}

// standInExtractor reports whether a test has put another extractor in
// place of facts.Extract; the real one is read through facts.ExtractEach.
func standInExtractor() bool {
	return reflect.ValueOf(extractFacts).Pointer() != reflect.ValueOf(facts.Extract).Pointer()
}

// factGroup holds the facts that start at one offset, to hand them on
// ordered by their end as well (the extractor orders by start only).
type factGroup struct {
	fs []facts.Fact
}

func (g *factGroup) add(f *facts.Fact, fn func(*facts.Fact)) {
	if len(g.fs) > 0 && g.fs[0].Start != f.Start {
		g.flush(fn)
	}
	g.fs = append(g.fs, *f)
}

func (g *factGroup) flush(fn func(*facts.Fact)) {
	if len(g.fs) > 1 {
		slices.SortStableFunc(g.fs, func(x, y facts.Fact) int { return x.End - y.End })
	}
	for i := range g.fs {
		fn(&g.fs[i])
	}
	g.fs = g.fs[:0]
}

// lineCursor counts lines up to offsets that only grow, as the facts of a
// document come.
type lineCursor struct {
	raw  []byte
	off  int
	line int
}

func (c *lineCursor) at(d *source.Doc, off int) int {
	if off < c.off || off > len(c.raw) {
		return d.Line(off)
	}
	c.line += bytes.Count(c.raw[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}
