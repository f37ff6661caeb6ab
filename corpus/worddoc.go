package corpus

import (
	"context"
	"fmt"
)

// readDOC is a stub until its reader lands.
func readDOC(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("doc: %w", ErrUnsupported)
}
