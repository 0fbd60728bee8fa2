//go:build !unix

package compare

// cpuTime is not measured here: the cpu-ns/op metrics read 0.
func cpuTime() int64 { return 0 }
