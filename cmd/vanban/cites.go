package main

import (
	"context"
	"errors"
)

func runCites(ctx context.Context, e *env) error {
	return errors.New("cites: not implemented yet")
}
