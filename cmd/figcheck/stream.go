package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

// streamThreshold is the size above which a plain-text file is read block
// by block and its facts written as they are found, so that memory stays
// the same whatever the size of the file. Markdown and HTML files are
// viewed whole (their markup needs the whole document).
var streamThreshold int64 = 8 << 20

// streamBlock is how much of a streamed file is read at a time.
var streamBlock = 1 << 20

// streamDoc extracts a large plain-text file block by block, writing its
// facts to sink as they come. ok is false, with nothing written, when the
// file is not plain text or cannot be streamed, or the format keeps every
// document (table, markdown, html): the caller reads it whole.
func (a *app) streamDoc(in source.Input, o *options, sink factSink, prog *progress) (r *docResult, ok bool) {
	if !encodesFacts(o.format) {
		return nil, false
	}
	limit := maxInputSize
	if limit <= 0 {
		limit = source.DefaultMaxSize
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() > limit || st.Size() <= streamThreshold {
		return nil, false
	}
	block := make([]byte, streamBlock)
	n, err := io.ReadFull(f, block)
	if err != nil || source.IsBinary(block[:n]) {
		return nil, false
	}
	var clean sanitizer
	text := clean.block(block[:n], false)
	if source.Detect(text, in.Path) != source.Text {
		return nil, false
	}

	r = &docResult{}
	enc := &docEncoder{format: o.format}
	var group factGroup
	var werr error
	pending := 0 // facts encoded, not written
	write := func(f *facts.Fact) {
		if werr == nil {
			werr = enc.add(f)
			pending++
		}
	}
	// Encoded facts go out every so often, not one by one.
	flush := func(force bool) {
		if werr == nil && (force || enc.pending() >= 256<<10) {
			werr = writeEncoded(sink, enc.take(), pending)
			prog.add(0, pending)
			pending = 0
		}
	}
	stream := facts.NewStream(in.Name, func(f *facts.Fact) {
		if o.keep(*f) {
			group.add(f, write)
		}
	})
	feed := func(b []byte) {
		_, _ = stream.Write(b)
		prog.add(int64(len(b)), 0)
		flush(false)
	}
	feed(text)
	for werr == nil && err == nil {
		n, err = io.ReadFull(f, block)
		if n > 0 {
			feed(clean.block(block[:n], false))
		}
	}
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		r.failed = true
		fmt.Fprintf(&r.msgs, "figcheck: %s: %v\n", in.Name, err)
	}
	feed(clean.block(nil, true))
	_ = stream.Close()
	group.flush(write)
	flush(true)
	r.err = werr
	if clean.invalid > 0 {
		fmt.Fprintf(&r.msgs, "figcheck: %s: warning: %d invalid UTF-8 bytes replaced\n", in.Name, clean.invalid)
	}
	return r, true
}

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
