package source

import "bytes"

// A MarkdownStream views a Markdown document given block by block, so that
// a large one need not be held whole: it hands on the view of the text up
// to the last blank line at which no comment or fenced block is open, and
// keeps the rest for the next block. The views it hands on, joined, are
// the view of the whole document (Doc.Text), byte for byte.
type MarkdownStream struct {
	pending []byte // text not viewed yet, from a point where nothing is open
	started bool   // the document's start (its front matter) is viewed
	tried   int    // len(pending) when no cut was found in it
	date    string
}

// minViewBlock is how much text a MarkdownStream gathers before it looks
// for a cut.
var minViewBlock = 1 << 20

// Write adds the next bytes of the document (sanitized: valid UTF-8, a
// byte-order mark blanked) and returns the view of the text now known, which
// may be empty.
func (m *MarkdownStream) Write(b []byte) []byte {
	m.pending = append(m.pending, b...)
	// A block with no cut (a long fenced block or comment) is looked at
	// again only once it has doubled: the work stays linear.
	if len(m.pending) < minViewBlock || len(m.pending) < 2*m.tried || !m.started && !m.frontMatterKnown() {
		return nil
	}
	var cuts []int
	view, date := viewMarkdown(m.pending, !m.started, &cuts)
	if len(cuts) == 0 {
		m.tried = len(m.pending)
		return nil
	}
	cut := cuts[len(cuts)-1]
	if !m.started {
		m.started, m.date = true, date
	}
	n := copy(m.pending, m.pending[cut:])
	m.pending, m.tried = m.pending[:n], 0
	return view[:cut]
}

// frontMatterKnown reports whether the text in hand tells whether the
// document starts with front matter and where it ends, as frontMatterEnd
// tells from the whole: the closing line is complete, or so is every line
// that starts within the 64 KB it looks at.
func (m *MarkdownStream) frontMatterKnown() bool {
	b := m.pending
	if !bytes.HasPrefix(b, []byte("---\n")) && !bytes.HasPrefix(b, []byte("---\r\n")) {
		return len(b) >= len("---\r\n") // shorter, a start of one still may come
	}
	if end := frontMatterEnd(b); end > 0 && end < len(b) {
		return true
	}
	return len(b) > 64<<10 && bytes.IndexByte(b[64<<10:], '\n') >= 0
}

// Close returns the view of the rest of the document.
func (m *MarkdownStream) Close() []byte {
	view, date := viewMarkdown(m.pending, !m.started, nil)
	if !m.started {
		m.started, m.date = true, date
	}
	m.pending = nil
	return view
}

// Date is the date of the document's front matter, once the stream has
// viewed its start.
func (m *MarkdownStream) Date() string { return m.date }
