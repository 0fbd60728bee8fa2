package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"unicode/utf8"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
)

// streamBlock is how much of a streamed document is read at a time.
var streamBlock = 1 << 20

// streamDoc extracts a plain-text or Markdown input (a file or standard
// input) block by block, handing its facts to out as they are found, so that memory
// stays the same whatever the size of the document or of its lines. It
// reports false when the input is an HTML page, is empty, too large or
// cannot be opened: the caller then reads it whole (and reports why), and
// for standard input a.stdin still gives every byte.
func (a *app) streamDoc(in source.Input, o *options, wk *worker, out *docOutput) bool {
	if in.Err != nil || in.Warning != "" || standInExtractor() {
		return false
	}
	limit := maxInputSize
	if limit <= 0 {
		limit = source.DefaultMaxSize
	}
	var src io.Reader
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
		defer f.Close()
		st, err := f.Stat()
		if err != nil || !st.Mode().IsRegular() || st.Size() > limit {
			return false
		}
		src = f
	}
	if len(wk.block) != streamBlock {
		wk.block = make([]byte, streamBlock)
	}
	block := wk.block
	n, err := io.ReadFull(src, block)
	var first []byte // standard input's first bytes as read, for the caller
	if in.Stdin {
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
	if text == nil || format == source.HTML {
		if in.Stdin {
			a.stdin = io.MultiReader(bytes.NewReader(first), a.stdin)
		}
		return false
	}
	a.stdinRead = a.stdinRead || in.Stdin

	var group factGroup
	stream := facts.NewStream(in.Name, func(f *facts.Fact) {
		if o.keep(*f) {
			group.add(f, out.add)
		}
	})
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
		_, _ = stream.Write(md.Close())
	}
	_ = stream.Close()
	group.flush(out.add)
	out.r.failed = a.failed
	if clean.invalid > 0 {
		fmt.Fprintf(&out.msgs, "figcheck: %s: warning: %d invalid UTF-8 bytes replaced\n", in.Name, clean.invalid)
	}
	return true
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
