package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/require"
)

const wordnetDir = "/usr/share/wordnet"

// The committed table must be what the generator makes from the installed WordNet, so a
// change to the generator cannot land without regenerating it.
func TestCommittedTableIsGenerated(t *testing.T) {
	if _, err := os.Stat(filepath.Join(wordnetDir, "data.noun")); err != nil {
		t.Skipf("no WordNet database in %s (apt-get install wordnet-base): %v", wordnetDir, err)
	}
	names, relations, err := generate(wordnetDir)
	require.NoError(t, err)

	packed, err := os.ReadFile("../wordnet.dat.zst")
	require.NoError(t, err)
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	require.NoError(t, err)
	defer dec.Close()
	n, k := binary.Uvarint(packed)
	require.Positive(t, k)
	gotNames, err := dec.DecodeAll(packed[k:k+int(n)], nil)
	require.NoError(t, err)
	gotRelations, err := dec.DecodeAll(packed[k+int(n):], nil)
	require.NoError(t, err)
	const stale = "lexicon/wordnet.dat.zst is stale: run go generate ./lexicon"
	require.True(t, bytes.Equal(names, gotNames), stale)
	require.True(t, bytes.Equal(relations, gotRelations), stale)
}
