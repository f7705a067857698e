import { redirect } from 'next/navigation';
import { currentActor } from './server-context';

export default async function Home() {
  redirect((await currentActor()) ? '/shops' : '/sign-in');
}
