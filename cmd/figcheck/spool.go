package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// spoolAfter is how many bytes a spool (a table's rows, a page's
// sections) keeps in memory before it moves them to a temporary file.
var spoolAfter = 4 << 20

// A spool keeps what a sink writes in a first pass and reads it back in
// a second: in memory up to spoolAfter bytes, then in a temporary file,
// unlinked at once so that it is gone when it is closed, whatever
// happens. why says what it keeps there, in its error messages.
type spool struct {
	why  string
	mem  []byte
	file *os.File
	w    *bufio.Writer
}

func (s *spool) Write(b []byte) (int, error) {
	if s.file == nil && len(s.mem)+len(b) <= spoolAfter {
		s.mem = append(s.mem, b...)
		return len(b), nil
	}
	if s.file == nil {
		f, err := os.CreateTemp("", "figcheck-spool-*")
		if err != nil {
			return 0, s.error("made", err)
		}
		_ = os.Remove(f.Name())
		s.file, s.w = f, bufio.NewWriterSize(f, 256<<10)
		if _, err := s.w.Write(s.mem); err != nil {
			return 0, s.error("written", err)
		}
		s.mem = nil
	}
	if _, err := s.w.Write(b); err != nil {
		return 0, s.error("written", err)
	}
	return len(b), nil
}

// reader reads back from the start what was written.
func (s *spool) reader() (*bufio.Reader, error) {
	if s.file == nil {
		return bufio.NewReader(bytes.NewReader(s.mem)), nil
	}
	if err := s.w.Flush(); err != nil {
		return nil, s.error("written", err)
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return nil, s.error("read", err)
	}
	return bufio.NewReaderSize(&spoolReader{s}, 256<<10), nil
}

// spoolReader marks the errors of reading the temporary file as such.
type spoolReader struct{ s *spool }

func (r *spoolReader) Read(b []byte) (int, error) {
	n, err := r.s.file.Read(b)
	if err != nil && !errors.Is(err, io.EOF) {
		err = r.s.error("read", err)
	}
	return n, err
}

func (s *spool) close() {
	if s.file != nil {
		s.file.Close()
	}
}

// A spoolError is a failure of a sink's temporary file: the command
// reports it under its format, not as an error of its output.
type spoolError struct{ err error }

func (e *spoolError) Error() string { return e.err.Error() }
func (e *spoolError) Unwrap() error { return e.err }

func (s *spool) error(cannot string, err error) error {
	var se *spoolError
	if errors.As(err, &se) {
		return err
	}
	return &spoolError{fmt.Errorf("%s, which cannot be %s (set TMPDIR to a writable directory): %w", s.why, cannot, err)}
}
