//go:build linux

package corpus

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// syncPaths makes the files written since the last sync durable, with one
// syncfs of the data directory's file system instead of one fsync each.
func (s *Store) syncPaths(paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	f, err := os.Open(s.dir)
	if err != nil {
		return fmt.Errorf("sync store: %w", err)
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("sync store: %w", err)
	}
	return nil
}
