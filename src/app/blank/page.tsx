// An empty page of this build: the floor that `npm run page-weight` measures resident pages against.
export default function BlankPage() {
  return null;
}
