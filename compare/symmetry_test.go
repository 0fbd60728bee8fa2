package compare

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/figcheck/figcheck/facts"
)

// TestComparisonsSymmetric: every comparison gives a pair the same level
// whichever figure comes first (the score cache and the verdict's order
// independence rest on it), on the reports of every story set.
func TestComparisonsSymmetric(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/compare*/*")
	if len(dirs) == 0 {
		t.Skip("no story sets")
	}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		var docs []Doc
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, Doc{Name: filepath.Base(f), Facts: facts.Extract(f, b), Date: PublishedDate(b)})
		}
		items, _ := prepareAll(docs, Options{}.withDefaults())
		for i, x := range items {
			for _, y := range items[i+1:] {
				if x.doc == y.doc || x.dim != y.dim {
					continue
				}
				l1, l2 := levels(x, y, nil), levels(y, x, nil)
				for k := range l1 {
					if l1[k] != l2[k] {
						t.Errorf("%s: %s %q / %s %q: %s is %s one way, %s the other", dir, x.f.Doc, x.f.Text, y.f.Doc, y.f.Text,
							comparisons[k].name, comparisons[k].levels[l1[k]], comparisons[k].levels[l2[k]])
					}
				}
			}
		}
	}
}
