package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

// streamBlock is how much of a streamed document is read at a time.
var streamBlock = 1 << 20

// streamDoc extracts a plain-text or Markdown input (a file or standard
// input) block by block, handing its facts to out as they are found, so that memory
// stays the same whatever the size of the document or of its lines. It
// reports false when the input is empty, binary, too large or
// cannot be opened: the caller then reads it whole (and reports why); for
// standard input a.stdin still gives every byte, for a pipe a.piped.
func (a *app) streamDoc(in source.Input, o *options, wk *worker, out *docOutput) bool {
	if in.Err != nil || in.Warning != "" || standInExtractor() {
		return false
	}
	limit := maxInputSize
	if limit <= 0 {
		limit = source.DefaultMaxSize
	}
	var src io.Reader
	var file *os.File // a regular file, which can be read again
	var size int64    // its size
	var pipe *os.File // a named pipe or <(command): read once, as standard input
	if in.Stdin {
		if a.stdinRead || a.stdin == nil {
			return false
		}
		// One byte past the limit tells an input that is too large.
		src = io.LimitReader(a.stdin, limit+1)
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return false
		}
		st, err := f.Stat()
		switch {
		case err != nil || st.IsDir():
			f.Close()
			return false
		case st.Mode().IsRegular():
			defer f.Close()
			if st.Size() > limit {
				return false
			}
			src, file, size = f, f, st.Size()
		default:
			src, pipe = io.LimitReader(f, limit+1), f
		}
	}
	if len(wk.block) != streamBlock {
		wk.block = make([]byte, streamBlock)
	}
	block := wk.block
	n, err := io.ReadFull(src, block)
	var first []byte // the first bytes as read, for a caller that reads the rest
	if in.Stdin || pipe != nil {
		first = slices.Clone(block[:n])
	}
	var clean sanitizer
	var text []byte
	if n > 0 && int64(n) <= limit && !source.IsBinary(block[:n]) {
		text = clean.block(block[:n], false)
	}
	format := source.Text
	if text != nil {
		format = source.Detect(text, in.Path)
	}
	if text != nil && format == source.HTML && file != nil {
		return a.streamHTML(in, file, o, wk, out)
	}
	if text != nil && format == source.HTML {
		a.stdinRead = a.stdinRead || in.Stdin
		if pipe != nil {
			defer pipe.Close()
		}
		return a.spoolHTML(in, first, src, limit, o, wk, out)
	}
	if text == nil {
		if in.Stdin {
			a.stdin = io.MultiReader(bytes.NewReader(first), a.stdin)
		}
		if pipe != nil {
			a.piped = &pipedInput{r: io.MultiReader(bytes.NewReader(first), pipe), f: pipe}
		}
		return false
	}
	a.stdinRead = a.stdinRead || in.Stdin
	if pipe != nil {
		defer pipe.Close()
	}

	var group factGroup
	keep := func(f *facts.Fact) {
		if o.keep(f) {
			group.add(f, out.add)
		}
	}
	// A long document's chunks are read on every core the run may use
	// (the facts and their order are those of one reader); a short one's
	// would not repay the hand-over. Not for the html format, whose page
	// lays out text a fact may no longer start in (htmlMargin: one
	// reader's two chunks, where many readers hold more).
	// In the formats that encode each fact as it comes, the readers
	// encode their chunks' facts too.
	var stream io.WriteCloser
	long := o.jobs > 1 && (file == nil || size >= parallelFrom)
	switch {
	case long && encodesFacts(o.format):
		encs := &chunkEncoders{o: o}
		stream = facts.NewParallelChunks(in.Name, o.jobs, encs.get, func(e facts.ChunkEncoder, done bool) {
			c := e.(*chunkEncoder)
			if done {
				c.group.flush(c.add)
			}
			c.handTo(out)
			if done {
				encs.put(c)
			}
		})
	case long && o.format != "html":
		stream = facts.NewParallelStream(in.Name, o.jobs, keep)
	default:
		stream = facts.NewStream(in.Name, keep)
	}
	// Markdown is viewed as it comes, up to a blank line outside any
	// comment or fenced block; its view keeps every newline, so lines
	// count the same.
	var md *source.MarkdownStream
	if format == source.Markdown {
		md = &source.MarkdownStream{}
	}
	total := int64(0)
	feed := func(b []byte) {
		total += int64(len(b))
		out.r.size += int64(len(b))
		if md != nil {
			b = md.Write(b)
		}
		out.flushSettled(&group)
		out.view(b, group.fs)
		_, _ = stream.Write(b)
	}
	feed(text)
	for err == nil && out.r.err == nil {
		n, err = io.ReadFull(src, block)
		if int64(n) > limit-total {
			a.failed = true
			fmt.Fprintf(&out.msgs, "figcheck: %s: %v\n", in.Name, &source.SizeError{Size: -1, Max: limit})
			n, err = int(limit-total), nil
			feed(clean.block(block[:n], false))
			break
		}
		if n > 0 {
			feed(clean.block(block[:n], false))
		}
	}
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		a.failed = true
		fmt.Fprintf(&out.msgs, "figcheck: %s: %v\n", in.Name, err)
	}
	feed(clean.block(nil, true))
	if md != nil {
		rest := md.Close()
		out.flushSettled(&group)
		out.view(rest, group.fs)
		_, _ = stream.Write(rest)
	}
	_ = stream.Close()
	group.flush(out.add)
	out.r.failed = a.failed
	if clean.invalid > 0 {
		fmt.Fprintf(&out.msgs, "figcheck: %s: warning: %d invalid UTF-8 bytes replaced\n", in.Name, clean.invalid)
	}
	return true
}

// chunkEncoder encodes a chunk's kept facts on the goroutine that reads
// it, as docOutput.add would one by one: the facts of one start ordered by
// their end (factGroup; a start lies in one chunk). Its bytes are cut into
// parts of about partSize as they come, each handed on as a part of the
// document, so that no buffer grows to a chunk's output (a hundred times
// the chunk's text, for figures packed on one line).
type chunkEncoder struct {
	o     *options
	enc   docEncoder
	group factGroup
	n     int // facts kept since the last part
	err   error
	parts []encodedPart
	held  int // the bytes of parts
}

// encodedPart is a part of a chunk's bytes, which encode n facts.
type encodedPart struct {
	b []byte
	n int
}

func newChunkEncoder(o *options) *chunkEncoder {
	return &chunkEncoder{o: o, enc: docEncoder{format: o.format}}
}

// Add takes a fact of the chunk, in order.
func (c *chunkEncoder) Add(f *facts.Fact) {
	if c.o.keep(f) {
		c.group.add(f, c.add)
	}
}

// add encodes a kept fact; after an error, only counts it, as
// docOutput.add does.
func (c *chunkEncoder) add(f *facts.Fact) {
	c.n++
	if c.err == nil {
		c.err = c.enc.add(f)
		if c.err == nil && c.enc.pending() >= partSize {
			b := c.enc.handOff()
			c.parts = append(c.parts, encodedPart{b, c.n})
			c.held += len(b)
			c.n = 0
		}
	}
}

// Len is how many bytes c holds (facts.ChunkEncoder).
func (c *chunkEncoder) Len() int { return c.held + c.enc.pending() }

// handTo hands on to out what c encoded so far: its parts, then what is
// pending, with the error that ended the encoding.
func (c *chunkEncoder) handTo(out *docOutput) {
	for i, p := range c.parts {
		putOutBuf(out.addEncoded(p.b, p.n, nil))
		c.parts[i] = encodedPart{}
	}
	c.parts, c.held = c.parts[:0], 0
	c.enc.buf = out.addEncoded(c.enc.take(), c.n, c.err)
	c.n = 0
}

// chunkEncoders hands out the chunk encoders of one document and takes
// each back once its bytes are handed on, so that a chunk is encoded into
// a buffer that chunks before it grew: a new encoder per chunk grew its
// buffer anew, which was most of what the CLI allocated on news (about 16
// bytes for each byte read) and most of its collections. get runs on the
// reading goroutines, put on the one that writes the document.
type chunkEncoders struct {
	o    *options
	mu   sync.Mutex
	free []*chunkEncoder
}

func (p *chunkEncoders) get() facts.ChunkEncoder {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		c := p.free[n-1]
		p.free = p.free[:n-1]
		return c
	}
	return newChunkEncoder(p.o)
}

// put takes back an encoder whose facts and bytes are handed on; its
// string cache stays, as a docEncoder's does from chunk to chunk (a
// string's bytes are never written again while it is held).
func (p *chunkEncoders) put(c *chunkEncoder) {
	c.n, c.err = 0, nil
	p.mu.Lock()
	p.free = append(p.free, c)
	p.mu.Unlock()
}

// parallelFrom is the least size of a file whose chunks are read on
// several cores: four chunks of the extractor's.
const parallelFrom = 256 << 10

// sanitizer does for a stream of blocks what source.New does for a whole
// plain-text document: a leading byte-order mark becomes spaces and each
// invalid UTF-8 byte a '?', offsets unchanged.
type sanitizer struct {
	carry   []byte // the start of a character cut by the end of a block
	started bool
	invalid int
}

// block returns the text of the next block, holding back a character cut
// by its end unless eof.
func (z *sanitizer) block(b []byte, eof bool) []byte {
	if len(z.carry) > 0 {
		b = append(z.carry, b...)
		z.carry = nil
	}
	if !z.started && (len(b) >= 3 || eof) {
		z.started = true
		if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
			copy(b, "   ")
		}
	}
	cut := len(b)
	if !eof {
		for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
			if utf8.RuneStart(b[i]) {
				if !utf8.FullRune(b[i:]) {
					cut = i
				}
				break
			}
		}
		if !z.started {
			cut = 0 // fewer than three bytes yet: a byte-order mark may follow
		}
	}
	if cut < len(b) {
		z.carry = append([]byte(nil), b[cut:]...)
		b = b[:cut]
	}
	if utf8.Valid(b) {
		return b
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			b[i] = '?'
			z.invalid++
		}
		i += n
	}
	return b
}

// streamHTML extracts an HTML page from a file in two passes, so that
// memory holds a plan of the page (where its tags end, which text is the
// article's) but never the page: the first reads the whole page for its
// plan, the second views it block by block, each block cut where no text
// of the article runs on, and hands the views to the extractor. The view
// gains a newline at each block-level tag's end, which the page does not
// have: a fact's line is counted in the page, as a page read whole gives.
func (a *app) streamHTML(in source.Input, f *os.File, o *options, wk *worker, out *docOutput) bool {
	fail := func(err error) bool {
		a.failed = true
		fmt.Fprintf(&out.msgs, "figcheck: %s: %v\n", in.Name, err)
		out.r.failed = true
		return true
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fail(err)
	}
	plan, err := source.PlanHTML(&sanitizingReader{r: f, buf: wk.block})
	if err != nil {
		return fail(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fail(err)
	}

	var group factGroup
	var lines lineShift
	stream := facts.NewStream(in.Name, func(f *facts.Fact) {
		if o.keep(f) {
			f.Line -= lines.at(f.Start)
			group.add(f, out.add)
		}
	})
	var clean sanitizer
	var pending []byte // the page from base on, not viewed yet
	base := 0
	text := false // the view has some text
	view := func(eof bool) {
		end := base + len(pending)
		if !eof {
			end = plan.Cut(end)
		}
		n := end - base
		if n <= 0 {
			return
		}
		v := plan.View(pending[:n], base)
		lines.note(v, pending[:n], base)
		text = text || len(bytes.TrimSpace(v)) > 0
		out.flushSettled(&group)
		out.view(v, group.fs)
		_, _ = stream.Write(v)
		pending = pending[:copy(pending, pending[n:])]
		base = end
	}
	block := wk.block
	for {
		n, err := io.ReadFull(f, block)
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			fail(err)
		}
		pending = append(pending, clean.block(block[:n], eof)...)
		out.r.size += int64(n)
		if err != nil {
			break
		}
		if len(pending) >= streamBlock {
			view(false)
		}
	}
	view(true)
	_ = stream.Close()
	group.flush(out.add)
	out.r.failed = a.failed
	if base > 0 && !text {
		fmt.Fprintf(&out.msgs, "figcheck: %s: warning: no article text found in this HTML page\n", in.Name)
	}
	if clean.invalid > 0 {
		fmt.Fprintf(&out.msgs, "figcheck: %s: warning: %d invalid UTF-8 bytes replaced\n", in.Name, clean.invalid)
	}
	return true
}

// spoolHTML extracts an HTML page that comes on standard input or a pipe,
// which cannot be read twice: it is copied to a temporary file, unlinked
// at once, which streamHTML then reads in its two passes. first is what
// was already read of src, as read.
func (a *app) spoolHTML(in source.Input, first []byte, src io.Reader, limit int64, o *options, wk *worker, out *docOutput) bool {
	fail := func(err error) bool {
		a.failed = true
		fmt.Fprintf(&out.msgs, "figcheck: %s: %v\n", in.Name, err)
		out.r.failed = true
		return true
	}
	spoolFail := func(cannot string, err error) bool {
		return fail(fmt.Errorf("an HTML page from a pipe is copied to a temporary file, which cannot be %s (set TMPDIR to a writable directory): %w", cannot, err))
	}
	tmp, err := os.CreateTemp("", "figcheck-page-*.html")
	if err != nil {
		return spoolFail("made", err)
	}
	defer tmp.Close()
	// Unlinked now, the file is gone when it is closed, whatever happens.
	_ = os.Remove(tmp.Name())
	if _, err := tmp.Write(first); err != nil {
		return spoolFail("written", err)
	}
	n, err := io.Copy(spoolWriter{tmp}, src)
	var we *writeError
	switch {
	case errors.As(err, &we):
		return spoolFail("written", we.err)
	case err != nil:
		return fail(err)
	case int64(len(first))+n > limit:
		return fail(&source.SizeError{Size: -1, Max: limit})
	}
	return a.streamHTML(in, tmp, o, wk, out)
}

// spoolWriter writes to the temporary file, its errors marked as such
// (writeError), as against those of the input.
type spoolWriter struct{ f *os.File }

func (w spoolWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		err = &writeError{err}
	}
	return n, err
}

type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }

// lineShift counts, for offsets that only grow, how many more newlines the
// view has before an offset than the page: the lines a fact's line, counted
// in the view, must lose.
type lineShift struct {
	offs  []int  // offsets where one has a newline and the other not
	sign  []int8 // +1: the view's newline; -1: the page's
	next  int
	shift int
}

// note records the differences of a view and the page bytes it views,
// both starting at offset base.
func (l *lineShift) note(view, page []byte, base int) {
	for i := range view {
		if (view[i] == '\n') != (page[i] == '\n') {
			l.offs = append(l.offs, base+i)
			l.sign = append(l.sign, int8(1-2*boolInt(page[i] == '\n')))
		}
	}
}

func (l *lineShift) at(off int) int {
	for l.next < len(l.offs) && l.offs[l.next] < off {
		l.shift += int(l.sign[l.next])
		l.next++
	}
	if l.next > 4096 { // forget what is passed
		l.offs = l.offs[:copy(l.offs, l.offs[l.next:])]
		l.sign = l.sign[:copy(l.sign, l.sign[l.next:])]
		l.next = 0
	}
	return l.shift
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sanitizingReader reads r through a sanitizer, as source.New would see
// the whole input.
type sanitizingReader struct {
	r     io.Reader
	buf   []byte
	out   []byte
	clean sanitizer
	eof   bool
}

func (s *sanitizingReader) Read(p []byte) (int, error) {
	for len(s.out) == 0 {
		if s.eof {
			return 0, io.EOF
		}
		n, err := io.ReadFull(s.r, s.buf)
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			s.eof = true
		} else if err != nil {
			return 0, err
		}
		s.out = s.clean.block(s.buf[:n], s.eof)
	}
	n := copy(p, s.out)
	s.out = s.out[n:]
	return n, nil
}

// pipedInput is a file that is no regular file (a named pipe, a shell's
// <(command)) whose first bytes streamDoc read and did not stream: load
// reads it from here, for it cannot be opened again.
type pipedInput struct {
	r io.Reader
	f *os.File
}
