// Command gen builds the lexicon package's embedded table from a WordNet 3.0 database
// (Debian's wordnet-base installs one in /usr/share/wordnet). It is run by
// `go generate ./lexicon`.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet database `directory` (data.*, index.*, *.exc, cntlist.rev)")
	out := flag.String("o", "wordnet.dat.gz", "output `file`")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	raw, err := generate(dir)
	if err != nil {
		return err
	}
	gz, err := compress(raw)
	if err != nil {
		return err
	}
	return os.WriteFile(out, gz, 0o644)
}

// generate returns the uncompressed table for the WordNet database in dir.
func generate(dir string) ([]byte, error) {
	wn, err := readWordNet(dir)
	if err != nil {
		return nil, err
	}
	return encode(buildTable(wn)), nil
}
