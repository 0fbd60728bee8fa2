package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/source"
)

// TestParallelKeepsOrder: many documents (some unreadable, some empty) on
// several workers give the output and messages of one worker, byte for
// byte, in every streaming and table format.
func TestParallelKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := 0; i < 60; i++ {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		var text string
		switch i % 7 {
		case 3:
			text = "" // an empty file: a warning
		case 5:
			text = "bad \xff byte and 12 people.\n"
		default:
			text = strings.Repeat(fmt.Sprintf("At least %d people were hurt and %d%% of homes lost power on Monday.\n", i+1, i%50), 1+i%9)
		}
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		args = append(args, p)
		if i == 30 {
			args = append(args, filepath.Join(dir, "missing.txt"))
		}
	}
	for _, format := range []string{"jsonl", "json", "csv", "table", "markdown"} {
		t.Run(format, func(t *testing.T) {
			one, oneErr, oneCode := cli(t, "", append([]string{"extract", "--format", format, "-j", "1"}, args...)...)
			require.Equal(t, exitError, oneCode, "a missing file")
			require.Contains(t, oneErr, "missing.txt")
			for _, j := range []string{"2", "5"} {
				many, manyErr, manyCode := cli(t, "", append([]string{"extract", "--format", format, "-j", j}, args...)...)
				assert.Equal(t, oneCode, manyCode)
				assert.Equal(t, oneErr, manyErr, "-j %s", j)
				assert.Equal(t, one, many, "-j %s", j)
			}
		})
	}
}

// TestStreamedFileMatchesWhole: a plain-text file over streamThreshold is
// read block by block; its facts and messages are those of the same text
// read whole, from standard input.
func TestStreamedFileMatchesWhole(t *testing.T) {
	oldThreshold, oldBlock := streamThreshold, streamBlock
	streamThreshold, streamBlock = 300<<10, 64<<10+1 // blocks that cut characters
	t.Cleanup(func() { streamThreshold, streamBlock = oldThreshold, oldBlock })
	para := "\xef\xbb\xbfOfficials said at least 25 people were hurt and 3% of homes lost power on Monday, " +
		"and repairs would cost about $2.5bn.\nCrews worked through the night; é ü \xff.\n\n"
	var b strings.Builder
	for int64(b.Len()) <= streamThreshold {
		b.WriteString(para[3:])
	}
	text := para[:3] + b.String()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	require.NoError(t, os.WriteFile(big, []byte(text), 0o644))
	require.True(t, streamable(source.Input{Name: big, Path: big}))

	for _, format := range []string{"jsonl", "json", "csv"} {
		streamed, streamedErr, code := cli(t, "", "extract", "--format", format, big)
		require.Equal(t, exitOK, code, streamedErr)
		// The same text through standard input is read whole.
		whole, wholeErr, code := cli(t, text, "extract", "--format", format, "-")
		require.Equal(t, exitOK, code)
		assert.Equal(t, strings.ReplaceAll(wholeErr, "<stdin>", big), streamedErr, format)
		require.Equal(t, strings.Count(whole, "\n"), strings.Count(streamed, "\n"), format)
		assert.True(t, strings.ReplaceAll(whole, "<stdin>", big) == streamed, "%s output differs", format)
	}
}

// TestCompareJobs: compare and check extract their documents with -j
// workers; the result, messages and exit code are those of one worker.
func TestCompareJobs(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "compare_real", "01_earthquake")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no story set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	files = append(files, filepath.Join(dir, "missing.txt"))
	for _, cmd := range []string{"compare", "check"} {
		one, oneErr, oneCode := cli(t, "", append([]string{cmd, "--format", "json", "-j", "1"}, files...)...)
		require.Contains(t, oneErr, "missing.txt")
		many, manyErr, manyCode := cli(t, "", append([]string{cmd, "--format", "json", "-j", "3"}, files...)...)
		assert.Equal(t, oneCode, manyCode, cmd)
		assert.Equal(t, oneErr, manyErr, cmd)
		assert.Equal(t, one, many, cmd)
		_, _, code := cli(t, "", append([]string{cmd, "-j", "0"}, files...)...)
		assert.Equal(t, 2, code, "%s -j 0", cmd)
	}
}
