package corpus

import (
	"context"
	"fmt"
)

// readHTML is a stub until its reader lands.
func readHTML(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("html: %w", ErrUnsupported)
}
