import type { Ref } from 'react';

/**
 * Props of a form control that picks one item (a unit, say). Features receive
 * such a control from the app instead of importing another feature's component.
 */
export interface PickerProps<Item> {
  id: string;
  /** The `name` of the text input, for browser tests and autofill. */
  name: string;
  label: string;
  value: Item | null;
  onChange: (item: Item | null) => void;
  onBlur?: () => void;
  hint?: string;
  error?: string;
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}
