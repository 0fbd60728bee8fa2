package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/figcheck/figcheck/source"
)

// progress shows files done, MB/s and facts found on stderr while a long
// extraction runs. A nil *progress shows nothing: when stderr is not a
// terminal, or with --quiet. It is used from the writer's goroutine only.
type progress struct {
	w            io.Writer
	bar          *progressbar.ProgressBar // nil until the run has gone on for progressDelay
	start        time.Time
	size, done   int64 // bytes in all (-1: unknown) and read
	files, total int
	facts        int
}

// progressDelay is how long a run goes before its progress shows: a short
// one prints nothing.
const progressDelay = time.Second

func newProgress(stderr io.Writer, o *options, ins []source.Input) *progress {
	if o.quiet || !isTerminal(stderr) {
		return nil
	}
	p := &progress{w: stderr, start: time.Now(), total: len(ins)}
	for _, in := range ins {
		if in.Stdin {
			p.size = -1 // unknown: a spinner
			break
		}
		if st, err := os.Stat(in.Path); err == nil && st.Mode().IsRegular() {
			p.size += st.Size()
		}
	}
	return p
}

func (p *progress) describe() string {
	return fmt.Sprintf("%d/%d files, %d facts", p.files, p.total, p.facts)
}

// add counts bytes read and facts written.
func (p *progress) add(bytes int64, facts int) {
	if p == nil {
		return
	}
	p.facts += facts
	p.done += bytes
	p.show(bytes)
}

// fileDone counts a finished input.
func (p *progress) fileDone() {
	if p == nil {
		return
	}
	p.files++
	p.show(0)
}

func (p *progress) show(bytes int64) {
	if p.bar == nil {
		if time.Since(p.start) < progressDelay {
			return
		}
		p.bar = progressbar.NewOptions64(p.size,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(20),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetPredictTime(false),
			progressbar.OptionSetDescription(p.describe()),
		)
		bytes = p.done
	}
	p.bar.Describe(p.describe())
	_ = p.bar.Add64(bytes)
}

// clear takes the bar off the line before a message is printed.
func (p *progress) clear() {
	if p != nil && p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p != nil && p.bar != nil {
		_ = p.bar.Finish()
	}
}
