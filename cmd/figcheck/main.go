// Command figcheck finds the figures in news reports (counts, percentages,
// sums of money, measures, dates) and checks reports of one story against
// each other.
//
//	figcheck extract [flags] [FILE|-]...
//	figcheck compare [flags] FILE FILE [FILE]...
//	figcheck check   [flags] NEW REF [REF]...
//
// The command-line contract is in SPEC.md; "figcheck help" prints usage.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/figcheck/figcheck/compare"
	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/source"
	"golang.org/x/term"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses (SPEC.md).
const (
	exitOK       = 0 // no disagreement found, or extract succeeded
	exitDisagree = 1 // compare, check: disagreements found
	exitError    = 2 // usage error or unreadable input
)

// Seams for tests; main never changes them.
var (
	extractFacts        = facts.Extract
	compareDocs         = compare.Compare
	maxInputSize int64  = source.DefaultMaxSize
	afterDoc     func() // called after each document of a streaming extract
)

const usageText = `figcheck finds the figures in news reports and checks reports against each other.

Usage:
  figcheck extract [flags] [FILE|-]...          figures in each document, as typed facts
  figcheck compare [flags] FILE FILE [FILE]...  align figures across reports, flag disagreements
  figcheck check   [flags] NEW REF [REF]...     figures of NEW that disagree with, or are
                                                missing from, the references
  figcheck serve [--addr 127.0.0.1:8080]        the HTML report as a web page, and a JSON API
  figcheck help [COMMAND]                       usage of figcheck or of one command
  figcheck --version

A FILE is plain text, Markdown or an HTML page (told by its content); for HTML the
article body is read. "-", or no FILE when standard input is not a terminal, reads
standard input. A directory is read with --recursive (its .txt, .md, .markdown,
.html and .htm files).

Exit status: 0 no disagreement found (or extract succeeded), 1 disagreements found
(compare, check), 2 usage error or unreadable input.

Run 'figcheck help COMMAND' for the flags of a command.
`

// run is the whole command line: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return exitError
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "extract":
		return a.extract(rest)
	case "compare":
		return a.compare(rest, false)
	case "check":
		return a.compare(rest, true)
	case "serve":
		return a.serve(rest)
	case "help", "-h", "-help", "--help":
		if cmd == "help" && len(rest) > 0 {
			if fs := newCommand(rest[0], nil); fs != nil || rest[0] == "serve" {
				if fs == nil {
					fs = serveFlags(&serveConfig{})
				}
				printUsage(stdout, fs)
				return exitOK
			}
			fmt.Fprintf(stderr, "figcheck: unknown command %q\n\n%s", rest[0], usageText)
			return exitError
		}
		fmt.Fprint(stdout, usageText)
		return exitOK
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "figcheck", version())
		return exitOK
	default:
		if strings.HasPrefix(cmd, "-") {
			fmt.Fprintf(stderr, "figcheck: a command must come first, not the flag %s\n\n%s", cmd, usageText)
		} else {
			fmt.Fprintf(stderr, "figcheck: unknown command %q\n\n%s", cmd, usageText)
		}
		return exitError
	}
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// app is one run of the command.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	failed         bool // some input could not be read: exit 2 at the end
	stdinRead      bool
	piped          *pipedInput // the pipe streamDoc began to read and load goes on with
}

func (a *app) errorf(name, format string, args ...any) {
	a.failed = true
	fmt.Fprintf(a.stderr, "figcheck: %s: %s\n", name, fmt.Sprintf(format, args...))
}

func (a *app) warnf(name, format string, args ...any) {
	fmt.Fprintf(a.stderr, "figcheck: %s: warning: %s\n", name, fmt.Sprintf(format, args...))
}

// usageError prints msg and the command's usage on stderr; it returns 2.
func (a *app) usageError(fs *flag.FlagSet, format string, args ...any) int {
	fmt.Fprintf(a.stderr, "figcheck: %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	synopsis, _, _ := strings.Cut(commandHelp[fs.Name()], "\n")
	fmt.Fprintf(a.stderr, "%s\nRun 'figcheck help %s' for its flags.\n", synopsis, fs.Name())
	return exitError
}

// parse parses a command's flags, which may come before, between or after
// its files ("--" ends them), and returns the files. done is set when the
// command must stop with status code (help asked for, bad flag).
func (a *app) parse(fs *flag.FlagSet, args []string) (files []string, code int, done bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			printUsage(a.stdout, fs)
			return nil, exitOK, true
		}
		if err != nil {
			return nil, a.usageError(fs, "%v", err), true
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" || len(rest) == 0 {
			return append(files, rest...), 0, false
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// options common to all commands.
type options struct {
	format    string
	recursive bool
	color     string
	kinds     string
	minConf   float64
	noDates   bool
	context   int
	jobs      int  // extract, compare, check: documents read at once
	quiet     bool // extract: no progress on stderr

	onlyConflicts bool    // compare, check
	all           bool    // compare, check: dates and ordinals that agree too
	threshold     float64 // compare, check
	tolerance     float64 // compare, check

	kindSet  map[facts.Kind]bool
	colorOut bool
}

// kinds figcheck knows; --kind is checked against them.
var knownKinds = []facts.Kind{
	facts.KindCount, facts.KindPercent, facts.KindMoney, facts.KindQuantity,
	facts.KindDuration, facts.KindDate, facts.KindOrdinal, facts.KindAge,
}

var formats = []string{"table", "markdown", "csv", "json", "jsonl", "html"}

// newCommand returns the flag set of a command with its flags bound to o,
// or nil for an unknown command.
func newCommand(name string, o *options) *flag.FlagSet {
	if o == nil {
		o = &options{}
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&o.format, "format", "table", "output `format`: "+strings.Join(formats, ", "))
	fs.BoolVar(&o.recursive, "recursive", false, "read the .txt, .md, .markdown, .html and .htm files below a directory argument")
	fs.BoolVar(&o.recursive, "r", false, "short for --recursive")
	fs.StringVar(&o.color, "color", "auto", "`when` to colour the table: auto (on a terminal, unless NO_COLOR is set), always or never")
	var kindNames []string
	for _, k := range knownKinds {
		kindNames = append(kindNames, string(k))
	}
	fs.StringVar(&o.kinds, "kind", "", "keep only facts of these `kinds`, comma-separated: "+strings.Join(kindNames, ", "))
	fs.Float64Var(&o.minConf, "min-confidence", 0, "keep only facts with at least this `confidence` (0 to 1)")
	fs.BoolVar(&o.noDates, "no-dates", false, "leave dates out")
	switch name {
	case "extract":
		fs.IntVar(&o.context, "context", 40, "characters of the sentence shown each side of a figure in the table (0: no context column)")
		fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "documents extracted at once, on as many cores (output stays in input order)")
		fs.BoolVar(&o.quiet, "quiet", false, "show no progress on stderr (shown on a terminal for runs over a second)")
	case "compare", "check":
		fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "documents extracted at once before they are compared, on as many cores (the result is the same)")
		fs.BoolVar(&o.onlyConflicts, "only-conflicts", false, "show only the groups whose figures disagree")
		fs.BoolVar(&o.all, "all", false, "table, markdown: show dates and ordinals that do not conflict too")
		fs.Float64Var(&o.threshold, "threshold", 0, "least `probability` (0 to 1) that two figures are about the same thing for them to be linked (0: the model's own)")
		fs.Float64Var(&o.tolerance, "tolerance", 0, "relative width given to an approximate figure: about 19% covers 19×(1±`tol`) (0: the default)")
	default:
		return nil
	}
	return fs
}

var commandHelp = map[string]string{
	"extract": `Usage: figcheck extract [flags] [FILE|-]...

Prints every figure of each document as a typed fact, in command-line order, then by
position. --format jsonl gives one JSON object per fact per line (fields in SPEC.md).
`,
	"compare": `Usage: figcheck compare [flags] FILE FILE [FILE]...

Lines up the figures of two or more reports of one story and flags the ones that cannot
all be true. The table has one row per group of figures about the same thing, one column
per document, a status (CONFLICT, review, agree, only in DOC, not comparable) and the reason
for a conflict or a difference, conflicts first; dates and ordinals that do not conflict
are left out of the table unless --all. Exit status 1 when some figures disagree.
`,
	"check": `Usage: figcheck check [flags] NEW REF [REF]...

Like compare, but shows only the figures of NEW that disagree with the references, or
that no reference states. Exit status 1 when some figure of NEW disagrees.
`,
}

func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, commandHelp[fs.Name()])
	fmt.Fprintln(w, "\nFlags:")
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name == "r" {
			return
		}
		name, usage := flag.UnquoteUsage(f)
		head := "  --" + f.Name
		if f.Name == "recursive" {
			head = "  -r, --recursive"
		}
		if name != "" {
			head += " " + name
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n        %s\n", head, usage)
	})
	switch fs.Name() {
	case "compare", "check":
		fmt.Fprint(w, "\nExit status: 0 no disagreement, 1 some figures disagree, 2 usage error or unreadable input.\n")
	default:
		fmt.Fprint(w, "\nExit status: 0 success, 2 usage error or unreadable input.\n")
	}
}

// check validates the parsed options; it returns a usage error message.
func (o *options) check(stdout io.Writer) string {
	if !contains(formats, o.format) {
		return fmt.Sprintf("unknown format %q (want one of %s)", o.format, strings.Join(formats, ", "))
	}
	if o.kinds != "" {
		o.kindSet = map[facts.Kind]bool{}
		for _, k := range strings.Split(o.kinds, ",") {
			k = strings.ToLower(strings.TrimSpace(k))
			if k == "" {
				continue
			}
			if !contains(knownKinds, facts.Kind(k)) {
				var names []string
				for _, k := range knownKinds {
					names = append(names, string(k))
				}
				return fmt.Sprintf("unknown kind %q (want some of %s)", k, strings.Join(names, ", "))
			}
			o.kindSet[facts.Kind(k)] = true
		}
	}
	if o.minConf < 0 || o.minConf > 1 {
		return fmt.Sprintf("--min-confidence %v is not between 0 and 1", o.minConf)
	}
	if o.threshold < 0 || o.threshold > 1 {
		return fmt.Sprintf("--threshold %v is not between 0 and 1", o.threshold)
	}
	if o.tolerance < 0 || o.tolerance >= 1 {
		return fmt.Sprintf("--tolerance %v is not between 0 and 1", o.tolerance)
	}
	if o.context < 0 {
		return fmt.Sprintf("--context %d is negative", o.context)
	}
	switch o.color {
	case "always":
		o.colorOut = true
	case "never":
	case "auto":
		o.colorOut = os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
	default:
		return fmt.Sprintf("unknown --color %q (want auto, always or never)", o.color)
	}
	o.colorOut = o.colorOut && (o.format == "table")
	return ""
}

func contains[T comparable](list []T, x T) bool {
	for _, y := range list {
		if x == y {
			return true
		}
	}
	return false
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// keep reports whether the filters let fact f through. It takes a pointer:
// passed by value, the whole Fact was copied for every fact read.
func (o *options) keep(f *facts.Fact) bool {
	if o.kindSet != nil && !o.kindSet[f.Kind] {
		return false
	}
	if o.noDates && f.Kind == facts.KindDate {
		return false
	}
	return f.Confidence >= o.minConf
}

// inputs expands the file arguments; with none, it reads standard input
// unless that is a terminal. ok is false after a usage error.
func (a *app) inputs(fs *flag.FlagSet, files []string, recursive bool) (ins []source.Input, code int, ok bool) {
	if len(files) == 0 {
		if isTerminal(a.stdin) {
			return nil, a.usageError(fs, "no input: name a FILE, or pipe text to standard input"), false
		}
		files = []string{"-"}
	}
	return source.Expand(files, recursive), 0, true
}

// load reads and views one input, reporting errors and warnings; nil when
// the input cannot be used.
func (a *app) load(in source.Input) *source.Doc {
	if in.Warning != "" {
		a.warnf(in.Name, "%s", in.Warning)
		return nil
	}
	if in.Stdin {
		if a.stdinRead {
			a.errorf(in.Name, "standard input named more than once")
			return nil
		}
		a.stdinRead = true
	}
	var raw []byte
	var err error
	if p := a.piped; p != nil {
		a.piped = nil
		raw, err = source.Input{Name: in.Name, Stdin: true}.Read(p.r, maxInputSize)
		p.f.Close()
	} else {
		raw, err = in.Read(a.stdin, maxInputSize)
	}
	if err != nil {
		a.errorf(in.Name, "%v", err)
		return nil
	}
	d, err := source.New(in.Name, raw, in.Path)
	if err != nil {
		a.errorf(in.Name, "%v", err)
		return nil
	}
	if len(raw) == 0 {
		what := "empty file"
		if in.Stdin {
			what = "empty input"
		}
		a.warnf(in.Name, "%s, no facts", what)
	}
	if d.Format == source.HTML && len(raw) > 0 && len(bytes.TrimSpace(d.Text)) == 0 {
		a.warnf(in.Name, "no article text found in this HTML page")
	}
	if d.InvalidUTF8 > 0 {
		a.warnf(in.Name, "%d invalid UTF-8 bytes replaced", d.InvalidUTF8)
	}
	return d
}

// factsOf extracts the facts of d that the filters keep, sorted by offset,
// with their line in the original input.
func (a *app) factsOf(d *source.Doc, o *options) []facts.Fact {
	return keptFacts(d, a.safeExtract(d), o)
}

// keptFacts are the facts of a document the options keep, named, placed on
// their lines and in text order.
func keptFacts(d *source.Doc, all []facts.Fact, o *options) []facts.Fact {
	out := all[:0]
	for _, f := range all {
		if !o.keep(&f) {
			continue
		}
		f.Type = "fact"
		f.Doc = d.Name
		f.Line = d.Line(f.Start)
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}

// safeExtract runs the extractor, turning a panic into an error on the
// document rather than a crash of the whole run.
func (a *app) safeExtract(d *source.Doc) []facts.Fact {
	fs, r := extractRecovered(d)
	if r != nil {
		a.errorf(d.Name, "internal error in the extractor, document skipped: %v", r)
	}
	return fs
}

// extractRecovered runs the extractor on a document and returns what a
// panic in it carried, or nil; it touches no state of the app, so workers
// may call it at once.
func extractRecovered(d *source.Doc) (fs []facts.Fact, panicked any) {
	defer func() {
		if r := recover(); r != nil {
			fs, panicked = nil, r
		}
	}()
	return extractFacts(d.Name, d.Text), nil
}
