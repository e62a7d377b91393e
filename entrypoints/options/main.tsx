import { render } from 'preact';
import { Options } from './Options.tsx';
import '../../components/card.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
