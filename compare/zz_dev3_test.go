package compare_test

import (
	"os"
	"testing"

	"github.com/figcheck/figcheck/compare/goldset"
)

func TestZZDev(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	sets, err := goldset.LoadAll(dir)
	if err != nil {
		t.Fatal(err)
	}
	var total goldset.Score
	for _, s := range sets {
		sc := s.Score(compareSet(s))
		total.Add(sc)
		t.Logf("%-36s %s", s.Name, sc)
		for _, n := range sc.Notes {
			t.Logf("    %s", n)
		}
	}
	t.Logf("TOTAL %s", total)
}
