import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A row's main link: a real href (open in a new tab works) that navigates inside the console on a plain click. */
export function ConsoleLink({ to, onOpen, children }: { to: string; onOpen?: () => void; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <a
      className="xk-strong-link"
      href={to}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        if (onOpen) onOpen();
        else navigate(to);
      }}
    >
      {children}
    </a>
  );
}
