//go:build !linux

package corpus

import (
	"fmt"
	"os"
	"path/filepath"
)

// syncPaths makes the files written since the last sync durable: each file
// and its folder are fsynced.
func (s *Store) syncPaths(paths []string) error {
	dirs := map[string]bool{}
	for _, p := range paths {
		if err := fsyncPath(p); err != nil {
			return err
		}
		dirs[filepath.Dir(p)] = true
	}
	for d := range dirs {
		if err := fsyncPath(d); err != nil {
			return err
		}
	}
	return nil
}

func fsyncPath(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("sync %s: %w", p, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", p, err)
	}
	return nil
}
