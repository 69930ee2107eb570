// A component that renders again only when one of its props changed (compared one by one with
// Object.is), for the editors of a long form: a keystroke in one report re-renders that report only.
import { Component, type ComponentChildren } from 'preact';

const sameProps = (a: object, b: object): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
};

export function pure<P extends object>(render: (props: P) => ComponentChildren) {
  return class Pure extends Component<P> {
    shouldComponentUpdate(next: P) {
      return !sameProps(this.props, next);
    }
    render(props: P) {
      return render(props);
    }
  };
}

/**
 * The same value as last time when it has the same content (compared with `equal`), so that
 * props derived from state on every render keep their identity while nothing changed in them.
 */
export function stableBy<T>(previous: T | undefined, next: T, equal: (a: T, b: T) => boolean): T {
  return previous !== undefined && equal(previous, next) ? previous : next;
}
