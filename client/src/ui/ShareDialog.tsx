/**
 * Sharing the board: the participants' link (with a QR code for the projector), the join code,
 * the view-only link, and, for the facilitator only, the facilitator link with a warning.
 */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { CopyField } from './CopyField';
import { Dialog } from './Dialog';

export interface ShareLinks {
  participants: string;
  joinCode: string | null;
  viewer: string | null;
  /** Only for the facilitator. */
  facilitator: string | null;
}

/** Formats a join code for reading aloud: K7P-2QX. */
export function formatJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}

export function ShareDialog({ links }: { links: ShareLinks }) {
  const t = useT();
  const open = useUiStore((s) => s.dialog === 'share');
  const close = () => useUiStore.getState().openDialog(null);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    QRCode.toDataURL(links.participants, { margin: 1, width: 360, errorCorrectionLevel: 'M' })
      .then((url) => live && setQr(url))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [open, links.participants]);
  return (
    <Dialog title={t('share.title')} open={open} onClose={close} className="share-dialog" testId="share-dialog">
      <div className="share-grid">
        <div className="share-fields">
          <CopyField
            label={t('share.participants')}
            value={links.participants}
            hint={t('share.participantsHint')}
            testId="share-participants"
          />
          {links.joinCode && (
            <CopyField
              label={t('share.joinCode')}
              value={formatJoinCode(links.joinCode)}
              hint={t('share.joinCodeHint')}
              testId="share-join-code"
              large
            />
          )}
          {links.viewer && (
            <CopyField
              label={t('share.viewer')}
              value={links.viewer}
              hint={t('share.viewerHint')}
              testId="share-viewer"
            />
          )}
          {links.facilitator && (
            <CopyField
              label={t('share.facilitator')}
              value={links.facilitator}
              warning={t('share.facilitatorWarning')}
              testId="share-facilitator"
            />
          )}
        </div>
        {qr && <img className="share-qr" src={qr} alt={t('share.qr')} width={240} height={240} />}
      </div>
    </Dialog>
  );
}
