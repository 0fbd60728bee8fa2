package facts

import "unsafe"

// A Stream extracts the facts of one document that is written to it piece
// by piece, holding about two chunks of its text whatever the document's
// size. It finds exactly the facts Extract finds in the whole text, in the
// same order, with the same offsets and lines.
type Stream struct {
	w *work
	// buf holds the text not yet read (from pos) and the few bytes before
	// it that the lexer looks back at; base is the document offset of
	// buf[0].
	buf  []byte
	base int
	pos  int
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
	s.buf = append(s.buf, p...)
	// chunkEnd looks at most 2×chunkSize past the chunk's start: with
	// more than that in hand, it picks the end it would pick in the whole.
	for len(s.buf)-s.pos > 2*chunkSize {
		s.read(chunkEnd(unsafe.String(unsafe.SliceData(s.buf), len(s.buf)), s.pos, chunkSize))
	}
	if s.pos > 4*chunkSize {
		keep := s.pos - lookBehind
		n := copy(s.buf, s.buf[keep:])
		s.buf = s.buf[:n]
		s.base += keep
		s.pos -= keep
	}
	return len(p), nil
}

// Close reads the rest of the document. The Stream cannot be used after.
func (s *Stream) Close() error {
	for s.pos < len(s.buf) {
		s.read(chunkEnd(unsafe.String(unsafe.SliceData(s.buf), len(s.buf)), s.pos, chunkSize))
	}
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
