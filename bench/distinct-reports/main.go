// Command distinct-reports writes n distinct reports made from the story
// sets of testdata/compare_real (see internal/reportgen), one file each, for
// timing `figcheck compare -r DIR` on reports that are not copies:
//
//	go run ./bench/distinct-reports -n 1000 /tmp/distinct
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/figcheck/figcheck/internal/reportgen"
)

func main() {
	n := flag.Int("n", 1000, "how many reports")
	from := flag.String("from", "testdata/compare_real/*/*.txt", "the reports to vary (a glob)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: distinct-reports [-n N] [-from GLOB] DIR")
		os.Exit(2)
	}
	if err := write(*from, *n, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "distinct-reports:", err)
		os.Exit(1)
	}
}

func write(glob string, n int, dir string) error {
	paths, err := filepath.Glob(glob)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no file matches %s", glob)
	}
	names, texts, err := reportgen.ReadDistinct(paths, n)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, t := range texts {
		if err := os.WriteFile(filepath.Join(dir, names[i]), []byte(t), 0o644); err != nil {
			return err
		}
	}
	return nil
}
