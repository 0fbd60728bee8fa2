//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNamedPipe: a file that is a pipe (mkfifo, a shell's <(command)) is
// read once: plain text is streamed, an HTML page spooled to a temporary
// file, then read in two passes; both give what the same text read whole does.
func TestNamedPipe(t *testing.T) {
	smallBlocks(t)
	dir := t.TempDir()
	texts := map[string]string{
		"text": strings.Repeat("Officials said at least 25 people were hurt and 3% of homes lost power on Monday.\n\n", 300),
		"html": "<html><body><article>" + strings.Repeat("<p>At least 25&nbsp;people died; 3% rose.</p>\n", 300) + "</article></body></html>",
	}
	for name, text := range texts {
		p := filepath.Join(dir, name)
		require.NoError(t, syscall.Mkfifo(p, 0o600))
		go func() {
			f, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			defer f.Close()
			_, _ = f.WriteString(text)
		}()
		want, wantErr := wholeRead(t, p, text, "jsonl")
		got, gotErr, code := cli(t, "", "extract", "--format", "jsonl", p)
		require.Equal(t, exitOK, code, gotErr)
		assert.Equal(t, wantErr, gotErr, name)
		require.Equal(t, strings.Count(want, "\n"), strings.Count(got, "\n"), name)
		assert.True(t, want == got, "%s: output differs", name)
	}
}
