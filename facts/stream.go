package facts

import "unsafe"

// A Stream extracts the facts of one document that is written to it piece
// by piece, holding about two chunks of its text whatever the document's
// size. It finds exactly the facts Extract finds in the whole text, in the
// same order, with the same offsets and lines.
type Stream struct {
	w *work
	chunks
}

// chunks holds the text of a document written piece by piece that is not
// read yet (from pos) and the few bytes before it the lexer looks back at;
// base is the document offset of buf[0]. It cuts chunks as a whole
// document would be cut (chunkEnd), for Stream and ParallelStream.
type chunks struct {
	buf  []byte
	base int
	pos  int
}

// write adds p and hands every chunk whose end is now known to read,
// which reads buf[pos:end] and moves pos to end.
func (c *chunks) write(p []byte, read func(end int)) {
	c.buf = append(c.buf, p...)
	// chunkEnd looks at most 2×chunkSize past the chunk's start: with
	// more than that in hand, it picks the end it would pick in the whole.
	for len(c.buf)-c.pos > 2*chunkSize {
		read(chunkEnd(unsafe.String(unsafe.SliceData(c.buf), len(c.buf)), c.pos, chunkSize))
	}
	if c.pos > 4*chunkSize {
		keep := c.pos - lookBehind
		n := copy(c.buf, c.buf[keep:])
		c.buf = c.buf[:n]
		c.base += keep
		c.pos -= keep
	}
}

// rest hands the chunks of what is left to read.
func (c *chunks) rest(read func(end int)) {
	for c.pos < len(c.buf) {
		read(chunkEnd(unsafe.String(unsafe.SliceData(c.buf), len(c.buf)), c.pos, chunkSize))
	}
}

// NewStream returns a Stream that calls fn with each fact of document doc
// in order of offset. The *Fact is valid only during the call.
func NewStream(doc string, fn func(*Fact)) *Stream {
	w := workers.Get().(*work)
	w.reset(doc, fn)
	return &Stream{w: w}
}

// Write adds text to the document and reads every chunk whose end is now
// known. It never fails.
func (s *Stream) Write(p []byte) (int, error) {
	s.write(p, s.read)
	return len(p), nil
}

// Close reads the rest of the document. The Stream cannot be used after.
func (s *Stream) Close() error {
	s.rest(s.read)
	s.w.emit = nil
	workers.Put(s.w)
	s.w, s.buf = nil, nil
	return nil
}

// read extracts the chunk buf[pos:end].
func (s *Stream) read(end int) {
	from := max(0, s.pos-lookBehind)
	// A copy: facts may keep strings that point into their window.
	window := string(s.buf[from:end])
	s.w.chunk(window, s.base+from, s.pos-from)
	s.pos = end
}
