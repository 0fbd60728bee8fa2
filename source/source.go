// Package source reads the documents figcheck works on (files, whole
// directories, standard input) and turns each into a text view for the
// extractor.
//
// # Views keep offsets honest
//
// A view has exactly the byte length of the original input, and every byte
// that survives sits at its original offset. Markup is not removed but
// blanked: each byte of it becomes a space (newlines stay newlines, so line
// numbers keep their meaning). Because nothing moves, an offset the extractor
// reports in the view (a fact's start and end) is an offset into the file on
// disk: a fact-checker can open the original page at that byte and find the
// figure there. The price is some extra whitespace in the view, which the
// extractor treats like any other run of spaces.
//
// What is blanked depends on the format, which [Detect] tells from the
// content (the file name's extension is only a hint):
//
//   - Plain text is kept as it is.
//   - Markdown: front matter, heading marks (#), emphasis (* _ ~~), code
//     backticks, link targets (the "](url)" of a link and reference
//     definitions), images, list and task markers, block quote marks (>),
//     table pipes and rules, backslashes of escapes, inline HTML tags and
//     HTML comments. Link text and code text are kept.
//   - HTML is read with golang.org/x/net/html's tokenizer, whose tokens tile
//     the input, so each token's raw byte position is known. Only the text of
//     the article body is kept: the largest <article> if there is one, else
//     <main>, else the whole body; text inside script, style, nav, header
//     (unless it is the header of the article itself), footer, aside, form,
//     noscript and similar elements is blanked, as are all tags, comments
//     and the head. The last byte of each block-level tag (p, div, h1, li,
//     br, tr…) becomes a newline so paragraphs stay apart. Character
//     references are decoded in place and padded with spaces to the length
//     of the reference (&amp; → "&    "); one that would decode to more
//     bytes than it is written with is left raw.
//
// go-readability picks an article body more cleverly, but it works on a DOM
// and renders new text whose offsets no longer point into the input, so it
// is not used here.
//
// In every format, each byte of invalid UTF-8 becomes '?' in the view (the
// count is in [Doc.InvalidUTF8] for a warning) and a byte-order mark becomes
// spaces. Binary input (a NUL byte, or mostly control bytes, in the first
// 8 KB) is refused with [ErrBinary].
package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// StdinName is the document name of standard input.
const StdinName = "<stdin>"

// DefaultMaxSize is the largest input read by default (256 MB).
const DefaultMaxSize = 256 << 20

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary file, skipped")

// SizeError is returned for an input larger than the limit.
type SizeError struct {
	Size int64 // the size, or -1 when it is only known to be over Max
	Max  int64
}

func (e *SizeError) Error() string {
	if e.Size < 0 {
		return fmt.Sprintf("input larger than the %s limit", mb(e.Max))
	}
	return fmt.Sprintf("file too large (%s, the limit is %s)", mb(e.Size), mb(e.Max))
}

func mb(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Extensions are the file name extensions read below a directory.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// Input is one document to read: a file, or standard input.
type Input struct {
	// Name is the document's name: the argument as given on the command
	// line, a path below a directory argument, or StdinName.
	Name string
	// Path is the file to read; empty for standard input.
	Path string
	// Err is set when the argument cannot be read as a document (a
	// directory without recursion, a directory that cannot be walked).
	Err error
	// Warning is set for an argument that yields nothing but is no error (a
	// directory without any text, Markdown or HTML file below it).
	Warning string
	// Stdin is set for standard input.
	Stdin bool
}

// Expand turns command-line arguments into inputs, in order. "-" is
// standard input. A directory is an error unless recursive is set; then it
// stands for every file with one of the Extensions below it (hidden files
// and directories left out), sorted by path. Missing files are not checked
// here: reading them fails.
func Expand(args []string, recursive bool) []Input {
	var ins []Input
	for _, a := range args {
		if a == "-" {
			ins = append(ins, Input{Name: StdinName, Stdin: true})
			continue
		}
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			ins = append(ins, Input{Name: a, Path: a})
			continue
		}
		if !recursive {
			ins = append(ins, Input{Name: a, Err: errors.New("is a directory (use --recursive to read the files below it)")})
			continue
		}
		ins = append(ins, walk(a)...)
	}
	return ins
}

func walk(root string) []Input {
	var ins []Input
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ins = append(ins, Input{Name: p, Err: unwrapPath(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !hasExtension(p) {
			return nil
		}
		ins = append(ins, Input{Name: p, Path: p})
		return nil
	})
	if err != nil {
		ins = append(ins, Input{Name: root, Err: unwrapPath(err)})
	}
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].Name < ins[j].Name })
	if len(ins) == 0 {
		ins = append(ins, Input{Name: root, Warning: "no " + strings.Join(Extensions, ", ") + " files below this directory"})
	}
	return ins
}

func hasExtension(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// unwrapPath drops the operation and path an *fs.PathError repeats, since
// figcheck's messages already start with the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read reads the whole input, from stdin for standard input, refusing more
// than max bytes (max <= 0 means DefaultMaxSize). Errors carry no path.
func (in Input) Read(stdin io.Reader, max int64) ([]byte, error) {
	if in.Err != nil {
		return nil, in.Err
	}
	if max <= 0 {
		max = DefaultMaxSize
	}
	if in.Stdin {
		if stdin == nil {
			return nil, errors.New("no standard input")
		}
		return readAll(stdin, max, 0)
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, unwrapPath(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory (use --recursive to read the files below it)")
	}
	if st.Mode().IsRegular() && st.Size() > max {
		return nil, &SizeError{Size: st.Size(), Max: max}
	}
	b, err := readAll(f, max, st.Size())
	if err != nil {
		return nil, unwrapPath(err)
	}
	return b, nil
}

// readAll reads r to its end, refusing more than max bytes. size, when
// positive, is the expected size: the buffer is allocated once.
func readAll(r io.Reader, max, size int64) ([]byte, error) {
	n := int64(512)
	if size > 0 && size <= max {
		n = size + 1 // one more byte, to see the end without growing
	}
	b := make([]byte, 0, n)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		k, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if int64(len(b)) > max {
			return nil, &SizeError{Size: -1, Max: max}
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// Doc is one document read and viewed.
type Doc struct {
	Name   string
	Raw    []byte // the input as read
	Text   []byte // the view: len(Text) == len(Raw), same offsets
	Format Format
	// Date is the publication date the document's metadata gives (HTML
	// meta tags or JSON-LD, Markdown front matter) as YYYY-MM-DD; empty when
	// there is none. A "Published 14 March 2024" line in the text is left to
	// compare.PublishedDate.
	Date string
	// InvalidUTF8 counts the invalid UTF-8 bytes shown as '?' in Text.
	InvalidUTF8 int

	lineStarts []int
}

// New views raw as a document named name. hint is a file name whose
// extension hints at the format (it may be empty). It fails only with
// ErrBinary. raw is not modified; Text shares it when nothing needs blanking.
func New(name string, raw []byte, hint string) (*Doc, error) {
	if IsBinary(raw) {
		return nil, ErrBinary
	}
	d := &Doc{Name: name, Raw: raw}
	text, invalid := sanitize(raw)
	d.InvalidUTF8 = invalid
	d.Format = Detect(text, hint)
	switch d.Format {
	case Markdown:
		text, d.Date = markdownView(text)
	case HTML:
		text, d.Date = htmlView(text)
	}
	d.Text = text
	return d, nil
}

// Line returns the 1-based line of byte offset off in the original input.
func (d *Doc) Line(off int) int {
	if d.lineStarts == nil {
		d.lineStarts = []int{0}
		for i, c := range d.Raw {
			if c == '\n' {
				d.lineStarts = append(d.lineStarts, i+1)
			}
		}
	}
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off })
}

// Format is the kind of markup a document is written in.
type Format int

// The formats.
const (
	Text Format = iota
	Markdown
	HTML
)

func (f Format) String() string {
	switch f {
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return "text"
}

// blank returns a copy of b with every byte but newlines turned into a
// space.
func blank(b []byte) []byte {
	out := bytes.Repeat([]byte{' '}, len(b))
	for i, c := range b {
		if c == '\n' {
			out[i] = '\n'
		}
	}
	return out
}

// blankRange blanks b[i:j] in place, keeping newlines.
func blankRange(b []byte, i, j int) {
	for k := i; k < j && k < len(b); k++ {
		if b[k] != '\n' {
			b[k] = ' '
		}
	}
}
