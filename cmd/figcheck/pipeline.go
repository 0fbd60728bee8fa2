package main

import (
	"bufio"
	"bytes"
	"os"
	"reflect"
	"slices"
	"sync"
	"unsafe"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

// docResult is what a worker makes of one input.
type docResult struct {
	msgs   bytes.Buffer // warnings and errors, as they would have been printed
	failed bool
	size   int64 // bytes read
	n      int   // facts kept
	out    []byte
	err    error       // from encoding
	d      *source.Doc // table formats: the document and its facts
	fs     []facts.Fact
}

// job is one input on its way through the pool.
type job struct {
	in source.Input
	// inline jobs run on the writer's goroutine when their turn comes:
	// standard input (read once, in order) and files large enough to be
	// streamed straight to the output.
	inline bool
	done   chan *docResult
}

// extractAll extracts every input with o.jobs workers and writes the
// results to sink in input order. At most 2×jobs documents are in hand at
// a time.
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
			enc := &docEncoder{format: o.format}
			for j := range work {
				j.done <- a.extractDoc(j.in, o, enc, false)
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(queue)
		defer close(work)
		for _, in := range ins {
			j := &job{in: in, inline: in.Stdin || streamable(in), done: make(chan *docResult, 1)}
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
	for j := range queue {
		if err != nil {
			continue // drain: the workers finish their jobs
		}
		var r *docResult
		if j.inline {
			r = a.extractInline(j.in, o, sink, prog)
		} else {
			r = <-j.done
		}
		err = a.writeResult(r, sink, o, prog)
		if err == nil && encodesFacts(o.format) {
			err = bw.Flush()
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
	prog.fileDone()
	if r.err != nil {
		return r.err
	}
	if r.d == nil {
		return writeEncoded(sink, r.out, r.n)
	}
	return sink.doc(r.d, r.fs)
}

// writeEncoded writes n facts that a docEncoder encoded.
func writeEncoded(sink factSink, b []byte, n int) error {
	switch s := sink.(type) {
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

// extractDoc reads, extracts and encodes one input. Its messages go into
// the result, to be printed in order.
func (a *app) extractDoc(in source.Input, o *options, enc *docEncoder, stdinRead bool) *docResult {
	r := &docResult{}
	ja := &app{stdin: a.stdin, stderr: &r.msgs, stdinRead: stdinRead}
	d := ja.load(in)
	r.failed = ja.failed
	if d == nil {
		return r
	}
	r.size = int64(len(d.Raw))
	table := !encodesFacts(o.format)
	ok := ja.eachFact(d, o, func(f *facts.Fact) {
		r.n++
		if table {
			r.fs = append(r.fs, *f)
		} else if r.err == nil {
			r.err = enc.add(f)
		}
	})
	r.failed = ja.failed
	if !ok {
		r.n, r.fs = 0, nil
		enc.take()
		return r
	}
	if table {
		r.d = d
	} else {
		// The bytes go to the writer: the encoder starts a new buffer.
		r.out = slices.Clone(enc.take())
	}
	return r
}

// extractInline handles an inline job on the writer's goroutine.
func (a *app) extractInline(in source.Input, o *options, sink factSink, prog *progress) *docResult {
	if !in.Stdin {
		if r, ok := a.streamDoc(in, o, sink, prog); ok {
			return r
		}
	}
	r := a.extractDoc(in, o, &docEncoder{format: o.format}, a.stdinRead)
	a.stdinRead = a.stdinRead || in.Stdin
	return r
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
		if !o.keep(*f) {
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

// streamable reports whether in is a file large enough to be streamed
// (if it turns out to be plain text).
func streamable(in source.Input) bool {
	if in.Stdin || in.Err != nil || in.Warning != "" {
		return false
	}
	st, err := os.Stat(in.Path)
	return err == nil && st.Mode().IsRegular() && st.Size() > streamThreshold
}
