package goldset

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
}

// A set may name reports kept elsewhere (real articles under their
// licence); when they are missing the loader says so with
// ErrReportsAbsent, so that a test can skip instead of failing.
func TestLoadReportDir(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "articles", "one.txt"), "The storm killed 12 people.")
	writeFile(t, filepath.Join(root, "articles", "two.txt"), "The toll rose to 15 and then 15.")
	writeFile(t, filepath.Join(root, "sets", "01_storm", "gold.json"), `{"story": "toll",
		"report_dir": "../../articles", "reports": ["one.txt", "two.txt"],
		"disagree": [{"a": "one.txt", "a_text": "12 people", "b": "two.txt", "b_text": "15", "b_occurrence": 2, "update": true}]}`)

	sets, err := LoadAll(filepath.Join(root, "sets"))
	require.NoError(t, err)
	require.Len(t, sets, 1)
	s := sets[0]
	require.Len(t, s.Docs, 2)
	assert.Equal(t, "one.txt", s.Docs[0].Name)
	require.Len(t, s.Pairs, 1)
	assert.Equal(t, Disagree, s.Pairs[0].Label)
	assert.Equal(t, "15", s.Text(s.Pairs[0].B))
	assert.Equal(t, 29, s.Pairs[0].B.Start, "the second occurrence")

	require.NoError(t, os.RemoveAll(filepath.Join(root, "articles")))
	_, err = LoadAll(filepath.Join(root, "sets"))
	assert.ErrorIs(t, err, ErrReportsAbsent)
}

func TestLoadReportDirRejectsPaths(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "01", "gold.json"), `{"report_dir": ".", "reports": ["../x.txt"]}`)
	_, err := Load(filepath.Join(root, "01"))
	assert.ErrorContains(t, err, "not a plain file name")
}
