package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

const wordnetDir = "/usr/share/wordnet"

// The committed table must be what the generator makes from the installed WordNet, so a
// change to the generator cannot land without regenerating it.
func TestCommittedTableIsGenerated(t *testing.T) {
	if _, err := os.Stat(filepath.Join(wordnetDir, "data.noun")); err != nil {
		t.Skipf("no WordNet database in %s (apt-get install wordnet-base): %v", wordnetDir, err)
	}
	want, err := generate(wordnetDir)
	require.NoError(t, err)

	gz, err := os.ReadFile("../wordnet.dat.gz")
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	require.NoError(t, err)
	got, err := io.ReadAll(zr)
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got), "lexicon/wordnet.dat.gz is stale: run go generate ./lexicon")
}
